// What the meeting brings away from the statistics: deductions and vetoes marked as typical
// examples, and the 通报 bulletin's text as the section edited it.
export const statements = [
  `CREATE TABLE typical_marks (
    id INTEGER PRIMARY KEY,
    evaluation_id INTEGER NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
    deduction_id INTEGER REFERENCES deductions (id) ON DELETE CASCADE,
    veto_id TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('bad', 'good')),
    note TEXT NOT NULL DEFAULT '',
    marked_by TEXT NOT NULL,
    marked_at TEXT NOT NULL,
    CHECK ((deduction_id IS NULL) <> (veto_id IS NULL)),
    FOREIGN KEY (evaluation_id, veto_id) REFERENCES veto_findings (evaluation_id, veto_id) ON DELETE CASCADE
  )`,
  `CREATE UNIQUE INDEX typical_marks_deduction ON typical_marks (deduction_id) WHERE deduction_id IS NOT NULL`,
  `CREATE UNIQUE INDEX typical_marks_veto ON typical_marks (evaluation_id, veto_id) WHERE veto_id IS NOT NULL`,
  // One draft per scope the bulletin is written for: 'campaign:<id>' or '<period>:<year>:<index>'.
  `CREATE TABLE bulletin_drafts (
    scope_key TEXT PRIMARY KEY,
    content TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`,
]
