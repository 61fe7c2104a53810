// The section's month without the demo: people and structure kept by the bureau, the case
// register's extra fields, campaigns with a sample, states, double review and adjudication.
export const statements = [
  `ALTER TABLE squads ADD COLUMN active INTEGER NOT NULL DEFAULT 1`,
  `ALTER TABLE officers ADD COLUMN certificate_number TEXT`,
  `ALTER TABLE officers ADD COLUMN certificate_expires_on TEXT`,
  `ALTER TABLE officers ADD COLUMN active INTEGER NOT NULL DEFAULT 1`,
  // A reviewer's squad and, where they are an officer too, their badge: both decide recusal.
  `ALTER TABLE reviewers ADD COLUMN squad_id INTEGER REFERENCES squads (id)`,
  `ALTER TABLE reviewers ADD COLUMN officer_id INTEGER REFERENCES officers (id)`,
  `ALTER TABLE reviewers ADD COLUMN active INTEGER NOT NULL DEFAULT 1`,
  `ALTER TABLE cases ADD COLUMN source TEXT NOT NULL DEFAULT ''`,
  `ALTER TABLE cases ADD COLUMN legal_reviewed_on TEXT`,
  `CREATE INDEX cases_closed ON cases (closed_on)`,
  `CREATE INDEX cases_decided ON cases (decided_on)`,
  // A new kind needs a new CHECK: the table is rebuilt (foreign keys are off for this migration).
  `CREATE TABLE campaigns_next (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('monthly', 'centralized', 'special', 'follow_up')),
    rubric_id INTEGER NOT NULL REFERENCES rubrics (id),
    starts_on TEXT,
    ends_on TEXT,
    status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('draft', 'in_progress', 'closed')),
    double_review INTEGER NOT NULL DEFAULT 0,
    tolerance_tenths INTEGER NOT NULL DEFAULT 50,
    population TEXT,
    sampling TEXT,
    closed_at TEXT,
    created_at TEXT NOT NULL
  )`,
  `INSERT INTO campaigns_next (id, name, kind, rubric_id, starts_on, ends_on, created_at)
    SELECT id, name, kind, rubric_id, starts_on, ends_on, created_at FROM campaigns`,
  `DROP TABLE campaigns`,
  `ALTER TABLE campaigns_next RENAME TO campaigns`,
  // The sample: which cases a campaign reviews, against which rubric, and how each came in.
  `CREATE TABLE campaign_cases (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    rubric_id INTEGER NOT NULL REFERENCES rubrics (id),
    origin TEXT NOT NULL CHECK (origin IN ('sample', 'always', 'manual')),
    note TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    PRIMARY KEY (campaign_id, case_id)
  )`,
  `CREATE INDEX campaign_cases_case ON campaign_cases (case_id)`,
  `INSERT INTO campaign_cases (campaign_id, case_id, rubric_id, origin, added_at)
    SELECT DISTINCT a.campaign_id, a.case_id, c.rubric_id, 'manual', c.created_at
    FROM assignments a JOIN campaigns c ON c.id = a.campaign_id`,
  // The lead's decision where two blind reviews disagree: it is the campaign's score for the case.
  `CREATE TABLE adjudications (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    case_id INTEGER NOT NULL REFERENCES cases (id),
    total REAL NOT NULL,
    grade TEXT NOT NULL,
    items TEXT NOT NULL DEFAULT '[]',
    reason TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (campaign_id, case_id)
  )`,
  // Each reviewer's queue numbered 1…n (earlier campaigns counted from 0 across all reviewers).
  `UPDATE assignments SET position = (SELECT count(*) FROM assignments p
    WHERE p.campaign_id = assignments.campaign_id AND p.reviewer_id = assignments.reviewer_id
      AND (p.position < assignments.position OR (p.position = assignments.position AND p.id <= assignments.id)))`,
  // An evaluation's history and the makers of a campaign's deductions are read by entity.
  `CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)`,
]
