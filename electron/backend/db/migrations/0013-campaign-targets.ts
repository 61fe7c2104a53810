// A campaign reviews one kind of object (ADR 0013): case files, A/V records or complaints. The
// tables that named a case name the object by one of three columns, exactly one set; the rebuild
// keeps every row (foreign keys are off for this migration, checked before commit).
const KINDS = `('case', 'av_record', 'complaint')`
const ONE_OBJECT = `CHECK ((case_id IS NOT NULL) + (av_record_id IS NOT NULL) + (complaint_id IS NOT NULL) = 1)`
const OBJECT_COLUMNS = `case_id INTEGER REFERENCES cases (id),
    av_record_id INTEGER REFERENCES av_records (id),
    complaint_id INTEGER REFERENCES complaints (id)`

export const statements = [
  `ALTER TABLE campaigns ADD COLUMN target TEXT NOT NULL DEFAULT 'case' CHECK (target IN ${KINDS})`,
  `ALTER TABLE rubrics ADD COLUMN target TEXT NOT NULL DEFAULT 'case' CHECK (target IN ${KINDS})`,

  `CREATE TABLE campaign_cases_next (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    ${OBJECT_COLUMNS},
    rubric_id INTEGER NOT NULL REFERENCES rubrics (id),
    origin TEXT NOT NULL CHECK (origin IN ('sample', 'always', 'manual')),
    note TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    ${ONE_OBJECT},
    UNIQUE (campaign_id, case_id),
    UNIQUE (campaign_id, av_record_id),
    UNIQUE (campaign_id, complaint_id)
  )`,
  `INSERT INTO campaign_cases_next (campaign_id, case_id, rubric_id, origin, note, added_at)
    SELECT campaign_id, case_id, rubric_id, origin, note, added_at FROM campaign_cases`,
  `DROP TABLE campaign_cases`,
  `ALTER TABLE campaign_cases_next RENAME TO campaign_cases`,
  `CREATE INDEX campaign_cases_case ON campaign_cases (case_id)`,
  `CREATE INDEX campaign_cases_av_record ON campaign_cases (av_record_id)`,
  `CREATE INDEX campaign_cases_complaint ON campaign_cases (complaint_id)`,

  `CREATE TABLE assignments_next (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    ${OBJECT_COLUMNS},
    reviewer_id INTEGER NOT NULL REFERENCES reviewers (id),
    round INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0,
    ${ONE_OBJECT},
    UNIQUE (campaign_id, case_id, reviewer_id),
    UNIQUE (campaign_id, av_record_id, reviewer_id),
    UNIQUE (campaign_id, complaint_id, reviewer_id)
  )`,
  `INSERT INTO assignments_next (id, campaign_id, case_id, reviewer_id, round, position)
    SELECT id, campaign_id, case_id, reviewer_id, round, position FROM assignments`,
  `DROP TABLE assignments`,
  `ALTER TABLE assignments_next RENAME TO assignments`,
  `CREATE INDEX assignments_reviewer ON assignments (reviewer_id, campaign_id)`,
  `CREATE INDEX assignments_case ON assignments (case_id)`,
  `CREATE INDEX assignments_av_record ON assignments (av_record_id)`,
  `CREATE INDEX assignments_complaint ON assignments (complaint_id)`,

  `CREATE TABLE adjudications_next (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    ${OBJECT_COLUMNS},
    total REAL NOT NULL,
    grade TEXT NOT NULL,
    items TEXT NOT NULL DEFAULT '[]',
    reason TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    ${ONE_OBJECT},
    UNIQUE (campaign_id, case_id),
    UNIQUE (campaign_id, av_record_id),
    UNIQUE (campaign_id, complaint_id)
  )`,
  `INSERT INTO adjudications_next (campaign_id, case_id, total, grade, items, reason, decided_by, decided_at)
    SELECT campaign_id, case_id, total, grade, items, reason, decided_by, decided_at FROM adjudications`,
  `DROP TABLE adjudications`,
  `ALTER TABLE adjudications_next RENAME TO adjudications`,
]
