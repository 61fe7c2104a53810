// The first schema: registry, scanned files, rubrics, campaigns, evaluations, audit.
// Dates are ISO strings, money is integer fen, points are integer tenths.
export const statements = [
  `CREATE TABLE squads (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('mobile', 'street', 'town')),
    sort_order INTEGER NOT NULL DEFAULT 0
  )`,
  `CREATE TABLE officers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    badge_number TEXT NOT NULL UNIQUE,
    squad_id INTEGER NOT NULL REFERENCES squads (id),
    certified INTEGER NOT NULL DEFAULT 1
  )`,
  `CREATE INDEX officers_squad ON officers (squad_id)`,
  `CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    case_number TEXT NOT NULL UNIQUE,
    party TEXT NOT NULL,
    party_type TEXT NOT NULL,
    procedure TEXT NOT NULL,
    case_type TEXT NOT NULL,
    domain TEXT NOT NULL,
    squad_id INTEGER NOT NULL REFERENCES squads (id),
    violation TEXT NOT NULL DEFAULT '',
    legal_basis TEXT NOT NULL DEFAULT '',
    discretion_tier TEXT,
    penalty_fen INTEGER,
    is_major INTEGER NOT NULL DEFAULT 0,
    discovered_on TEXT,
    filed_on TEXT,
    investigation_ended_on TEXT,
    notified_on TEXT,
    decided_on TEXT,
    served_on TEXT,
    executed_on TEXT,
    closed_on TEXT,
    archived_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`,
  `CREATE INDEX cases_squad_filed ON cases (squad_id, filed_on)`,
  `CREATE INDEX cases_filed ON cases (filed_on)`,
  `CREATE INDEX cases_party ON cases (party)`,
  `CREATE TABLE case_officers (
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    officer_id INTEGER NOT NULL REFERENCES officers (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (case_id, officer_id)
  )`,
  `CREATE TABLE files (
    sha256 TEXT PRIMARY KEY,
    mime TEXT NOT NULL,
    byte_size INTEGER NOT NULL,
    page_count INTEGER NOT NULL,
    created_at TEXT NOT NULL
  )`,
  `CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL REFERENCES files (sha256),
    file_name TEXT NOT NULL,
    added_at TEXT NOT NULL,
    UNIQUE (case_id, sha256)
  )`,
  `CREATE TABLE page_rotations (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    degrees INTEGER NOT NULL CHECK (degrees IN (0, 90, 180, 270)),
    PRIMARY KEY (document_id, page)
  )`,
  `CREATE TABLE page_tags (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    first_page INTEGER NOT NULL,
    last_page INTEGER NOT NULL,
    doc_type TEXT NOT NULL,
    CHECK (first_page <= last_page)
  )`,
  `CREATE TABLE rubrics (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    version INTEGER NOT NULL,
    name TEXT NOT NULL,
    body TEXT NOT NULL,
    published_at TEXT NOT NULL,
    UNIQUE (code, version)
  )`,
  `CREATE TABLE reviewers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('reviewer', 'lead'))
  )`,
  `CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('monthly', 'centralized', 'special')),
    rubric_id INTEGER NOT NULL REFERENCES rubrics (id),
    starts_on TEXT,
    ends_on TEXT,
    created_at TEXT NOT NULL
  )`,
  `CREATE TABLE assignments (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    reviewer_id INTEGER NOT NULL REFERENCES reviewers (id),
    round INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (campaign_id, case_id, reviewer_id)
  )`,
  `CREATE INDEX assignments_reviewer ON assignments (reviewer_id, campaign_id)`,
  `CREATE INDEX assignments_case ON assignments (case_id)`,
  `CREATE TABLE evaluations (
    id INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL UNIQUE REFERENCES assignments (id) ON DELETE CASCADE,
    rubric_id INTEGER NOT NULL REFERENCES rubrics (id),
    status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'submitted')),
    total REAL NOT NULL,
    grade TEXT NOT NULL,
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    submitted_at TEXT
  )`,
  `CREATE TABLE item_states (
    evaluation_id INTEGER NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    not_applicable INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (evaluation_id, item_id)
  )`,
  `CREATE TABLE deductions (
    id INTEGER PRIMARY KEY,
    evaluation_id INTEGER NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    option_id TEXT,
    points_tenths INTEGER NOT NULL CHECK (points_tenths > 0),
    reason TEXT NOT NULL DEFAULT '',
    document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
    page INTEGER,
    created_at TEXT NOT NULL
  )`,
  `CREATE INDEX deductions_evaluation ON deductions (evaluation_id)`,
  `CREATE TABLE veto_findings (
    evaluation_id INTEGER NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
    veto_id TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
    page INTEGER,
    created_at TEXT NOT NULL,
    PRIMARY KEY (evaluation_id, veto_id)
  )`,
  `CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT,
    before TEXT,
    after TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
  )`,
  `CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  )`,
]
