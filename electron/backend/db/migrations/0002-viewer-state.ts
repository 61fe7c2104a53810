// Viewer state kept in the database, never in the scanned file: the evidence rectangle of a
// deduction (fractions 0–1 of the unrotated page, so rotation and zoom do not move it) and the
// page and zoom each document was last left at.
export const statements = [
  `ALTER TABLE deductions ADD COLUMN rect_x REAL`,
  `ALTER TABLE deductions ADD COLUMN rect_y REAL`,
  `ALTER TABLE deductions ADD COLUMN rect_w REAL`,
  `ALTER TABLE deductions ADD COLUMN rect_h REAL`,
  `CREATE TABLE view_states (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    zoom TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`,
]
