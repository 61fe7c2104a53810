// Scoring changes carry an id made by the client: one that committed is recorded with it, in the
// same transaction, so a retry whose first answer never arrived is answered, not applied twice.
export const statements = [
  `CREATE TABLE change_ids (
    id TEXT PRIMARY KEY,
    evaluation_id INTEGER NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
    method TEXT NOT NULL,
    input_hash TEXT NOT NULL,
    answered_at TEXT NOT NULL
  )`,
  `CREATE INDEX change_ids_evaluation ON change_ids (evaluation_id)`,
]
