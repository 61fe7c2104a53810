import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import { storedForm } from '../../db/open-values'
import { readEvaluationData } from '../evaluations/audit-data'

type Db = Kysely<DB>

/**
 * An entity whose audit rows carry the hash of its data. `read` gives the data as it stands (null
 * when it is gone), with the columns named one by one: a column another change adds later is not
 * part of what this log vouches for. A singleton (a setting) is one entity whatever the row's id.
 */
interface Tracked {
  singleton?: boolean
  read(db: Db, entityId: string): Promise<unknown>
}

const num = (entityId: string) => Number(entityId)
const orNull = <T>(row: T | undefined) => row ?? null

async function setting(db: Db, key: string) {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst()
  return row?.value ?? null
}

const CASE_COLUMNS = [
  'caseNumber', 'party', 'partyType', 'procedure', 'caseType', 'domain', 'squadId', 'violation', 'legalBasis', 'discretionTier', 'penaltyFen',
  'isMajor', 'discoveredOn', 'filedOn', 'investigationEndedOn', 'notifiedOn', 'decidedOn', 'servedOn', 'executedOn', 'closedOn', 'archivedOn',
  'source', 'legalReviewedOn', 'createdAt', 'updatedAt',
] as const

/**
 * Columns added after cases were first audited: part of the data once they hold something, so
 * that what earlier rows vouched for still hashes as it did.
 */
const LATER_CASE_COLUMNS = ['legalReviewOpinion', 'publishedOn', 'publishedPlace'] as const

function withoutEmpty<R extends Record<string, unknown>>(row: R, columns: readonly (keyof R)[]): Partial<R> {
  const kept: Partial<R> = { ...row }
  for (const c of columns) if (kept[c] === null || kept[c] === '') delete kept[c]
  return kept
}

const CAMPAIGN_COLUMNS = [
  'name', 'kind', 'rubricId', 'startsOn', 'endsOn', 'status', 'doubleReview', 'toleranceTenths', 'population', 'sampling', 'closedAt', 'createdAt',
] as const

/** The entities verification compares with their last audited state; the others' rows record events. */
export const TRACKED: Readonly<Record<string, Tracked>> = {
  av_record: {
    read: async (db, id) => {
      const row = await db
        .selectFrom('avRecords')
        .select(['recordNumber', 'recordedOn', 'squadId', 'caseNumber', 'durationSeconds', 'storage', 'sha256', 'fileName', 'updatedAt'])
        .where('id', '=', num(id))
        .executeTakeFirst()
      if (!row) return null
      const officers = await db.selectFrom('avRecordOfficers').select(['officerId', 'position']).where('avRecordId', '=', num(id)).orderBy('position').execute()
      return { ...row, officers }
    },
  },
  complaint: {
    read: async (db, id) =>
      orNull(
        await db
          .selectFrom('complaints')
          .select(['ticketNumber', 'source', 'receivedOn', 'subject', 'address', 'addressKey', 'party', 'partyKey', 'squadId', 'result', 'closedOn', 'repliedOn', 'updatedAt'])
          .where('id', '=', num(id))
          .executeTakeFirst(),
      ),
  },
  evaluation: { read: (db, id) => readEvaluationData(db, num(id)) },
  case: {
    read: async (db, id) => {
      const row = await db.selectFrom('cases').select([...CASE_COLUMNS, ...LATER_CASE_COLUMNS]).where('id', '=', num(id)).executeTakeFirst()
      if (!row) return null
      const officers = await db.selectFrom('caseOfficers').select(['officerId', 'position']).where('caseId', '=', num(id)).orderBy('position').orderBy('officerId').execute()
      return { ...withoutEmpty(row, LATER_CASE_COLUMNS), officers }
    },
  },
  document: {
    read: async (db, id) => {
      const row = await db.selectFrom('documents').select(['caseId', 'sha256', 'fileName', 'addedAt']).where('id', '=', num(id)).executeTakeFirst()
      if (!row) return null
      const rotations = await db.selectFrom('pageRotations').select(['page', 'degrees']).where('documentId', '=', num(id)).orderBy('page').execute()
      const tags = await db
        .selectFrom('pageTags')
        .select(['firstPage', 'lastPage', 'docType'])
        .where('documentId', '=', num(id))
        .orderBy('firstPage')
        .orderBy('lastPage')
        .orderBy('docType')
        .execute()
      return { ...row, rotations, tags }
    },
  },
  typical_mark: {
    read: async (db, id) =>
      orNull(
        await db
          .selectFrom('typicalMarks')
          .select(['evaluationId', 'deductionId', 'vetoId', 'kind', 'note', 'markedBy', 'markedAt'])
          .where('id', '=', num(id))
          .executeTakeFirst(),
      ),
  },
  adjudication: {
    read: async (db, id) => {
      const [campaignId, caseId] = id.split(':').map(Number)
      // An id without both parts names no adjudication.
      if (campaignId === undefined || caseId === undefined) return null
      return orNull(
        await db
          .selectFrom('adjudications')
          .select(['total', 'grade', 'items', 'reason', 'decidedBy', 'decidedAt'])
          .where('campaignId', '=', campaignId)
          .where('caseId', '=', caseId)
          .executeTakeFirst(),
      )
    },
  },
  campaign: {
    read: async (db, id) => {
      const row = await db.selectFrom('campaigns').select(CAMPAIGN_COLUMNS).where('id', '=', num(id)).executeTakeFirst()
      if (!row) return null
      const cases = await db.selectFrom('campaignCases').select(['caseId', 'rubricId', 'origin', 'note']).where('campaignId', '=', num(id)).orderBy('caseId').execute()
      const assignments = await db
        .selectFrom('assignments')
        .select(['id', 'caseId', 'reviewerId', 'round', 'position'])
        .where('campaignId', '=', num(id))
        .orderBy('id')
        .execute()
      return { ...row, cases, assignments }
    },
  },
  rubric: {
    read: async (db, id) => orNull(await db.selectFrom('rubrics').select(['code', 'version', 'name', 'body', 'publishedAt']).where('id', '=', num(id)).executeTakeFirst()),
  },
  // The order of squads is the list's, changed for all at once: not part of one squad's data.
  squad: { read: async (db, id) => orNull(await db.selectFrom('squads').select(['name', 'kind', 'active']).where('id', '=', num(id)).executeTakeFirst()) },
  officer: {
    read: async (db, id) =>
      orNull(
        await db
          .selectFrom('officers')
          .select(['name', 'badgeNumber', 'squadId', 'certified', 'certificateNumber', 'certificateExpiresOn', 'active'])
          .where('id', '=', num(id))
          .executeTakeFirst(),
      ),
  },
  // Never the password hash: the log vouches for who may sign in and with what rights.
  account: {
    read: async (db, id) =>
      orNull(
        await db
          .selectFrom('accounts')
          .select(['login', 'reviewerId', 'name', 'isAdmin', 'active', 'mustChangePassword', 'passwordChangedAt'])
          .where('id', '=', num(id))
          .executeTakeFirst(),
      ),
  },
  rectification_notice: {
    read: async (db, id) => {
      const notice = await db
        .selectFrom('rectificationNotices')
        .select(['campaignId', 'squadId', 'docNumber', 'issuedOn', 'deadlineOn', 'responsible', 'requirement', 'repliedOn', 'replyNote'])
        .where('id', '=', num(id))
        .executeTakeFirst()
      if (!notice) return null
      const problems = await db
        .selectFrom('rectificationProblems')
        .select(['id', 'caseId', 'itemId', 'pointsTenths', 'reply', 'verdict', 'verdictReason', 'followupCampaignId', 'followupResult'])
        .where('noticeId', '=', num(id))
        .orderBy('position')
        .execute()
      const files = await db.selectFrom('rectificationFiles').select(['sha256', 'fileName']).where('noticeId', '=', num(id)).orderBy('id').execute()
      return { ...notice, problems, files }
    },
  },
  calendar: { singleton: true, read: async (db) => db.selectFrom('calendarOverrides').select(['date', 'kind', 'note']).orderBy('date').execute() },
  deadline_config: { singleton: true, read: (db) => setting(db, 'deadlineConfig') },
  discretion_baseline: { singleton: true, read: (db) => setting(db, 'discretionBaseline') },
}

/**
 * The entity an audit row is about: its key, as verification groups rows, and how to read its data;
 * null for a row that describes no one row's data.
 */
export function trackedEntity(entity: string, entityId: string | null): { key: string; read: (db: Db) => Promise<unknown> } | null {
  const tracked = Object.hasOwn(TRACKED, entity) ? TRACKED[entity] : undefined
  if (!tracked) return null
  // The data as stored: sealed values hash as sealed, so verification needs no key.
  if (tracked.singleton) return { key: entity, read: (db) => tracked.read(storedForm(db), entityId ?? '') }
  return entityId === null ? null : { key: `${entity}\u0000${entityId}`, read: (db) => tracked.read(storedForm(db), entityId) }
}

/** The entity's data as it stands, for the audit row of a change (or null: an event, or an entity removed). */
export async function entityData(db: Db, entity: string, entityId: string | null): Promise<unknown> {
  const tracked = trackedEntity(entity, entityId)
  return tracked === null ? null : tracked.read(db)
}
