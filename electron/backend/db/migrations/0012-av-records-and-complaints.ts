// The plan's other objects of review (issue 15): audio/video records of enforcement (执法全过程记录)
// and complaints (投诉举报, 12345, 信访), each in its own register; the cases' publicity (执法公示)
// and legal review (法制审核) fields. A complaint's address and party are personal: stored sealed
// (ADR 0012), with keyed hashes of their normalised text so that repeats can be counted.
export const statements = [
  `CREATE TABLE av_records (
    id INTEGER PRIMARY KEY,
    record_number TEXT NOT NULL UNIQUE,
    recorded_on TEXT NOT NULL,
    squad_id INTEGER NOT NULL REFERENCES squads (id),
    case_number TEXT NOT NULL DEFAULT '',
    duration_seconds INTEGER,
    storage TEXT NOT NULL DEFAULT '',
    sha256 TEXT REFERENCES files (sha256),
    file_name TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`,
  `CREATE INDEX av_records_recorded ON av_records (recorded_on)`,
  `CREATE TABLE av_record_officers (
    av_record_id INTEGER NOT NULL REFERENCES av_records (id) ON DELETE CASCADE,
    officer_id INTEGER NOT NULL REFERENCES officers (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (av_record_id, officer_id)
  )`,
  `CREATE INDEX av_record_officers_officer ON av_record_officers (officer_id)`,
  `CREATE TABLE complaints (
    id INTEGER PRIMARY KEY,
    ticket_number TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL CHECK (source IN ('hotline', 'petition', 'other')),
    received_on TEXT NOT NULL,
    subject TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    address_key TEXT,
    party TEXT NOT NULL DEFAULT '',
    party_key TEXT,
    squad_id INTEGER NOT NULL REFERENCES squads (id),
    result TEXT NOT NULL DEFAULT '',
    closed_on TEXT,
    replied_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`,
  `CREATE INDEX complaints_received ON complaints (received_on)`,
  `CREATE INDEX complaints_address_key ON complaints (address_key)`,
  `CREATE INDEX complaints_party_key ON complaints (party_key)`,
  `ALTER TABLE cases ADD COLUMN legal_review_opinion TEXT NOT NULL DEFAULT ''`,
  `ALTER TABLE cases ADD COLUMN published_on TEXT`,
  `ALTER TABLE cases ADD COLUMN published_place TEXT NOT NULL DEFAULT ''`,
]
