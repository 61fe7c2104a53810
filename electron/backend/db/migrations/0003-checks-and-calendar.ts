// Reviewers' decisions on automatic findings, and the lead's calendar overrides.
export const statements = [
  `CREATE TABLE check_decisions (
    evaluation_id INTEGER NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
    finding_key TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'overridden')),
    reason TEXT NOT NULL DEFAULT '',
    deduction_id INTEGER REFERENCES deductions (id) ON DELETE SET NULL,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (evaluation_id, finding_key)
  )`,
  `CREATE TABLE calendar_overrides (
    date TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    note TEXT NOT NULL DEFAULT ''
  )`,
]
