import { z } from 'zod'
import { method, domain } from './define'
import { empty } from './common'
import { auditChange } from './audit-actions'

export type { AuditAction, AuditChange, AuditEntity, AuditRecord } from './audit-actions'

const auditRow = { id: z.number().int(), at: z.string(), actor: z.string(), entityId: z.string().nullable() }

/** A row of the log, its change one of those this version records (`audit-actions.ts`). */
export const auditEntry = z.intersection(z.object(auditRow), auditChange)
export type AuditEntry = z.output<typeof auditEntry>

/**
 * A row whose action or shape this version does not record (an earlier version wrote it): its
 * action is shown as it is, its sides are not read.
 */
export const unrecognisedAuditEntry = z.object({
  ...auditRow,
  action: z.string(),
  entity: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  unrecognised: z.literal(true),
})
export type UnrecognisedAuditEntry = z.output<typeof unrecognisedAuditEntry>

export const historyEntry = z.union([auditEntry, unrecognisedAuditEntry])
export type HistoryEntry = z.output<typeof historyEntry>

/** The newest audit row as kept in a file beside the database: its position in the log, its id and hash. */
export const auditAnchor = z.object({ rows: z.number().int().positive(), lastId: z.number().int(), hash: z.string(), at: z.string() })
export type AuditAnchor = z.output<typeof auditAnchor>

/**
 * Why verification failed:
 * - hash_mismatch: a row was edited; broken_link: a row before it was deleted or inserted;
 * - emptied / truncated / rewritten: the log no longer reaches the anchored row with the anchored
 *   hash (emptied, newest rows cut off, the chain recomputed);
 * - anchor_missing / anchor_unreadable: the anchor file beside the database is gone or not one;
 * - witness_mismatch: the anchor written down elsewhere (given with the call) is not in the log;
 * - data_changed / data_missing: an entity's data is not what its last audit row says it was.
 */
export const AUDIT_PROBLEMS = [
  'hash_mismatch',
  'broken_link',
  'emptied',
  'truncated',
  'rewritten',
  'anchor_missing',
  'anchor_unreadable',
  'witness_mismatch',
  'data_changed',
  'data_missing',
] as const
export type AuditProblem = (typeof AUDIT_PROBLEMS)[number]

export const auditReport = z.object({
  ok: z.boolean(),
  /** Rows read, up to and including the first bad one. */
  rows: z.number().int(),
  /** Entities whose data was compared with their last audited state. */
  entitiesChecked: z.number().int(),
  /** The first bad row; for an entity, its last audit row. */
  firstBrokenId: z.number().int().nullable(),
  reason: z.enum(AUDIT_PROBLEMS).nullable(),
  /** The entity whose data does not match. */
  entity: z.object({ entity: z.string(), entityId: z.string().nullable() }).nullable(),
  /** The anchor file as read (null when there is none or it is unreadable). */
  anchor: auditAnchor.nullable(),
})
export type AuditReport = z.output<typeof auditReport>

/** An anchor someone wrote down: the row count and the first characters (at least 8) of that row's hash. */
export const auditWitness = z.object({ rows: z.number().int().positive().max(Number.MAX_SAFE_INTEGER), hash: z.string().regex(/^[0-9a-f]{8,64}$/) })
export type AuditWitness = z.output<typeof auditWitness>

export const auditContract = domain('audit', {
  /** The history of one record (e.g. an evaluation), oldest first. */
  history: method(z.object({ entity: z.string().min(1), entityId: z.union([z.string(), z.number()]).transform(String) }), z.array(historyEntry)),
  /**
   * Walks the hash chain, checks it still reaches the anchor (and a written-down one, if given),
   * then compares each audited entity's data with its last audited state; names the first problem.
   */
  verify: method(z.object({ witness: auditWitness.optional() }).strict(), auditReport),
  /** The anchor brought up to the newest row, to be shown and written down (null before the first audited change). */
  anchor: method(empty, auditAnchor.nullable()),
})
