// 整改: a notice to one squad for the problems a closed campaign found in its cases, the squad's
// reply with its files, and the lead's verdict on each problem. A problem keeps what it was
// (item, points, reason, evidence) as found, so a later reopening of the campaign does not rewrite it.
// 回头看: a rectified problem may be checked again by a follow-up campaign, whose result closes it
// or reopens it (the same item failing again: a repeat problem).
export const statements = [
  `CREATE TABLE rectification_notices (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
    squad_id INTEGER NOT NULL REFERENCES squads (id),
    doc_number TEXT NOT NULL DEFAULT '',
    issued_on TEXT NOT NULL,
    deadline_on TEXT NOT NULL,
    responsible TEXT NOT NULL DEFAULT '',
    requirement TEXT NOT NULL DEFAULT '',
    replied_on TEXT,
    reply_note TEXT NOT NULL DEFAULT '',
    issued_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (campaign_id, squad_id)
  )`,
  `CREATE TABLE rectification_problems (
    id INTEGER PRIMARY KEY,
    notice_id INTEGER NOT NULL REFERENCES rectification_notices (id),
    position INTEGER NOT NULL,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    evaluation_id INTEGER NOT NULL REFERENCES evaluations (id),
    kind TEXT NOT NULL CHECK (kind IN ('deduction', 'veto')),
    item_id TEXT NOT NULL,
    title TEXT NOT NULL,
    points_tenths INTEGER,
    reason TEXT NOT NULL DEFAULT '',
    document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
    page INTEGER,
    reply TEXT NOT NULL DEFAULT '',
    verdict TEXT NOT NULL DEFAULT 'pending' CHECK (verdict IN ('pending', 'rectified', 'partial', 'not_rectified')),
    verdict_reason TEXT NOT NULL DEFAULT '',
    verified_by TEXT,
    verified_at TEXT,
    followup_campaign_id INTEGER REFERENCES campaigns (id),
    followup_result TEXT CHECK (followup_result IN ('closed', 'reopened')),
    UNIQUE (notice_id, position)
  )`,
  `CREATE INDEX rectification_problems_case ON rectification_problems (case_id)`,
  `CREATE INDEX rectification_problems_followup ON rectification_problems (followup_campaign_id)`,
  `CREATE TABLE rectification_files (
    id INTEGER PRIMARY KEY,
    notice_id INTEGER NOT NULL REFERENCES rectification_notices (id),
    sha256 TEXT NOT NULL REFERENCES files (sha256),
    file_name TEXT NOT NULL,
    added_at TEXT NOT NULL,
    UNIQUE (notice_id, sha256)
  )`,
]
