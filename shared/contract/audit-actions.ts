import { z } from 'zod'
import { GRADES } from '../domain/scoring'
import { discretionTableSchema } from '../domain/discretion/baseline'
import { itemDecision, vetoDecision } from './adjudication'
import { BACKUP_REASONS, RECOVERY_REASONS } from './backups'
import { bulletinContent, bulletinSettings } from './bulletin'
import { CAMPAIGN_CASE_ORIGINS, CAMPAIGN_KINDS } from './campaigns'
import { caseDetail, caseFields } from './cases'
import { documentInfo } from './documents'
import { evidenceRect } from './evaluations'
import { TABLE_ENCODINGS } from './imports'
import { officerRow, REVIEWER_ROLES, SQUAD_KINDS } from './people'
import { deadlineConfigInput } from './settings'
import { TYPICAL_KINDS } from './typical'
import { FOLLOW_UP_SCOPES, RECTIFICATION_VERDICTS } from './rectification'
import { avRecordFields } from './av-records'
import { complaintRecord, repeatRule } from './complaints'
import { quotaTargets } from './quotas'

/*
 * Every change the audit log records: its action, the entity it describes, and what it keeps of
 * that entity before and after (null where a side is not kept). `appendAudit` takes nothing else,
 * and the history reads rows by these shapes.
 */

/** A side the action does not keep. */
const NONE = z.null()

const change = <A extends string, E extends string, B extends z.ZodType, F extends z.ZodType>(action: A, entity: E, before: B, after: F) =>
  z.object({ action: z.literal(action), entity: z.literal(entity), before, after })

// Scoring changes: mutateEvaluation adds the total and grade around each one.
const scored = z.object({ total: z.number(), grade: z.enum(GRADES) })
const withScore = <T extends z.ZodType>(side: T) => z.intersection(side, scored)

const deductionView = z.object({
  deductionId: z.number(),
  itemId: z.string(),
  points: z.number(),
  reason: z.string(),
  documentId: z.number().nullable(),
  page: z.number().nullable(),
  rect: evidenceRect.nullable(),
})
const nothing = z.object({})
const vetoBefore = z.discriminatedUnion('on', [
  z.object({ vetoId: z.string(), on: z.literal(true), reason: z.string() }),
  z.object({ vetoId: z.string(), on: z.literal(false) }),
])
const finding = z.object({ finding: z.string(), message: z.string() })

const noticeHeading = z.object({ docNumber: z.string(), responsible: z.string(), requirement: z.string() })
const noticeReply = z.object({ repliedOn: z.string().nullable(), note: z.string(), replies: z.number() })
const followUpResults = z.object({ campaignId: z.number(), results: z.array(z.object({ problemId: z.number(), result: z.enum(['closed', 'reopened']).nullable() })) })
const problemVerdict = z.object({ problemId: z.number(), verdict: z.enum(RECTIFICATION_VERDICTS), reason: z.string() })

/** What each scoring change keeps of itself on either side, before the total and grade are added. */
export const scoringChanges = {
  'evaluation.deduct': { before: nothing, after: deductionView },
  'evaluation.undeduct': { before: deductionView, after: nothing },
  'evaluation.not_applicable': {
    before: z.object({ itemId: z.string(), notApplicable: z.boolean() }),
    after: z.object({ itemId: z.string(), notApplicable: z.boolean() }),
  },
  'evaluation.note': { before: z.object({ itemId: z.string(), note: z.string() }), after: z.object({ itemId: z.string(), note: z.string() }) },
  'evaluation.veto': { before: vetoBefore, after: z.object({ vetoId: z.string(), on: z.boolean(), reason: z.string() }) },
  'evaluation.check_confirm': { before: finding, after: deductionView.extend({ finding: z.string(), decision: z.literal('confirmed') }) },
  'evaluation.check_override': {
    before: finding.extend({ proposal: z.object({ optionId: z.string(), points: z.number(), reason: z.string() }).nullable() }),
    after: z.object({ finding: z.string(), decision: z.literal('overridden'), reason: z.string() }),
  },
  'evaluation.submit': { before: z.object({ status: z.literal('in_progress') }), after: z.object({ status: z.literal('submitted') }) },
  'evaluation.reopen': {
    before: z.object({ status: z.literal('submitted'), submittedAt: z.string().nullable() }),
    after: z.object({ status: z.literal('in_progress'), reason: z.string() }),
  },
} as const
export type ScoringAction = keyof typeof scoringChanges
/** One side of a scoring change as its handler gives it. */
export type ScoringSide<A extends ScoringAction, S extends 'before' | 'after'> = z.output<(typeof scoringChanges)[A][S]>

const scoring = <A extends ScoringAction, B extends z.ZodType, F extends z.ZodType>(action: A, sides: { before: B; after: F }) =>
  change(action, 'evaluation', withScore(sides.before), withScore(sides.after))

const markRecord = z.object({
  evaluationId: z.number(),
  deductionId: z.number().nullable(),
  vetoId: z.string().nullable(),
  kind: z.enum(TYPICAL_KINDS),
  note: z.string(),
})
const squadRecord = z.object({ name: z.string(), kind: z.enum(SQUAD_KINDS), sortOrder: z.number(), active: z.boolean() })
const officerRecord = officerRow.omit({ id: true, squadName: true, caseCount: true }).extend({ squad: z.string() })
const reviewerRecord = z.object({
  name: z.string(),
  role: z.enum(REVIEWER_ROLES),
  squad: z.string().nullable(),
  officer: z.string().nullable(),
  active: z.boolean(),
})
/** The fields an import changed on a row, as read from the file. */
const importedFields = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]))
const importSummary = z.object({
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  createdSquads: z.number(),
  createdOfficers: z.number(),
  warnings: z.number(),
  fileName: z.string(),
  encoding: z.enum(TABLE_ENCODINGS),
  createdKeys: z.array(z.string()),
  createdSquadNames: z.array(z.string()),
  createdOfficerNames: z.array(z.object({ name: z.string(), squad: z.string() })),
})
const pageTags = z.array(z.object({ firstPage: z.number(), lastPage: z.number(), docType: z.string() }))
const storedFile = z.object({ caseId: z.number(), sha256: z.string(), fileName: z.string() })
const calendarOverrides = z.array(z.object({ date: z.string(), kind: z.enum(['holiday', 'workday']), note: z.string() }))
const ruling = z.object({ total: z.number(), grade: z.enum(GRADES), vetoes: z.array(vetoDecision), reason: z.string() })
const outcome = z.object({ deducted: z.number(), notApplicable: z.boolean() })
const adjudicated = ruling.extend({
  reviews: z.array(z.object({ reviewer: z.string(), total: z.number(), grade: z.enum(GRADES) })),
  items: z.array(itemDecision.extend({ a: outcome.optional(), b: outcome.optional() })),
})
const campaignOptions = z.object({ doubleReview: z.boolean(), tolerance: z.number() })
const caseInCampaign = z.object({ caseId: z.number(), rubricId: z.number() })
const reassigned = z.object({ assignmentId: z.number(), caseNumber: z.string(), reviewerId: z.number() })

// What the log keeps of an account: never a password or its hash.
const accountRecord = z.object({ login: z.string(), isAdmin: z.boolean(), active: z.boolean() })

export const auditChange = z.discriminatedUnion('action', [
  change('workspace.start_empty', 'workspace', NONE, z.object({ squads: z.array(z.string()) })),
  change('workspace.load_demo', 'workspace', NONE, z.object({ cases: z.number(), seed: z.number() })),
  change('workspace.switch_reviewer', 'workspace', z.object({ reviewer: z.string() }), z.object({ reviewer: z.string() })),

  change('auth.setup', 'account', NONE, z.object({ login: z.string(), name: z.string() })),
  change('auth.sign_in', 'account', NONE, NONE),
  change('auth.sign_in_failed', 'account', NONE, z.object({ failed: z.number(), lockedUntil: z.string().nullable() })),
  change('auth.sign_out', 'account', NONE, NONE),
  change('auth.change_password', 'account', NONE, NONE),
  change('auth.set_idle_lock', 'settings', z.object({ minutes: z.number() }), z.object({ minutes: z.number() })),
  change('account.create', 'account', NONE, accountRecord.extend({ name: z.string() })),
  change('account.update', 'account', accountRecord, accountRecord),
  change('account.reset_password', 'account', NONE, NONE),

  change('case.create', 'case', NONE, caseFields),
  change('case.update', 'case', caseDetail, caseFields),
  change('case.remove', 'case', caseDetail, NONE),
  change('case.import_update', 'case', importedFields, importedFields),
  change('case.seal', 'case', NONE, NONE),

  change('document.attach', 'document', NONE, storedFile),
  change('document.detach', 'document', documentInfo, NONE),
  change('document.remove_with_case', 'document', storedFile, NONE),
  change('document.page_tags', 'document', pageTags, pageTags),
  change(
    'document.rotate',
    'document',
    z.array(z.object({ page: z.number(), degrees: z.number() })),
    z.object({ pages: z.union([z.array(z.number()), z.literal('all')]), degrees: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]) }),
  ),

  scoring('evaluation.deduct', scoringChanges['evaluation.deduct']),
  scoring('evaluation.undeduct', scoringChanges['evaluation.undeduct']),
  scoring('evaluation.not_applicable', scoringChanges['evaluation.not_applicable']),
  scoring('evaluation.note', scoringChanges['evaluation.note']),
  scoring('evaluation.veto', scoringChanges['evaluation.veto']),
  scoring('evaluation.check_confirm', scoringChanges['evaluation.check_confirm']),
  scoring('evaluation.check_override', scoringChanges['evaluation.check_override']),
  scoring('evaluation.submit', scoringChanges['evaluation.submit']),
  scoring('evaluation.reopen', scoringChanges['evaluation.reopen']),
  change('evaluation.evidence_detached', 'evaluation', z.object({ documentId: z.number() }), NONE),
  change(
    'evaluation.remove_with_case',
    'evaluation',
    z.object({ campaignId: z.number(), caseId: z.number(), assignmentId: z.number(), total: z.number(), grade: z.string() }),
    NONE,
  ),

  change('typical.mark', 'typical_mark', markRecord.nullable(), markRecord),
  change('typical.unmark', 'typical_mark', markRecord, NONE),
  change('typical.remove_with_target', 'typical_mark', markRecord, NONE),

  change(
    'campaign.create',
    'campaign',
    NONE,
    campaignOptions.extend({ name: z.string(), kind: z.enum(CAMPAIGN_KINDS), seed: z.number(), populationSize: z.number(), sampleSize: z.number() }),
  ),
  change(
    'campaign.draw',
    'campaign',
    z.object({ seed: z.number(), sampleSize: z.number() }).nullable(),
    z.object({ seed: z.number(), method: z.enum(['simple', 'stratified']), populationSize: z.number(), sampleSize: z.number() }),
  ),
  change('campaign.add_case', 'campaign', NONE, z.object({ caseId: z.number(), caseNumber: z.string(), reason: z.string() })),
  change(
    'campaign.remove_case',
    'campaign',
    z.object({
      caseId: z.number(),
      caseNumber: z.string(),
      origin: z.enum(CAMPAIGN_CASE_ORIGINS),
      note: z.string(),
      startedEvaluations: z.array(z.object({ id: z.number(), total: z.number() })),
    }),
    z.object({ reason: z.string() }),
  ),
  change('campaign.case_rubric', 'campaign', caseInCampaign, caseInCampaign),
  change('campaign.options', 'campaign', campaignOptions, campaignOptions),
  change(
    'campaign.assign',
    'campaign',
    NONE,
    z.object({ reviewerIds: z.array(z.number()), assignments: z.number(), pages: z.record(z.string(), z.number()) }),
  ),
  change('campaign.reassign', 'campaign', reassigned, reassigned),
  change('campaign.start', 'campaign', z.object({ status: z.literal('draft') }), z.object({ status: z.literal('in_progress'), cases: z.number() })),
  change('campaign.close', 'campaign', z.object({ status: z.literal('in_progress') }), z.object({ status: z.literal('closed'), closedAt: z.string() })),
  change(
    'campaign.reopen',
    'campaign',
    z.object({ status: z.literal('closed'), closedAt: z.string().nullable() }),
    z.object({ status: z.literal('in_progress'), reason: z.string() }),
  ),

  change('adjudication.decide', 'adjudication', NONE, adjudicated),
  change('adjudication.revise', 'adjudication', ruling.extend({ items: z.array(itemDecision) }), adjudicated),

  change('squad.create', 'squad', NONE, squadRecord),
  change('squad.update', 'squad', squadRecord, squadRecord),
  change('squad.activate', 'squad', squadRecord, squadRecord),
  change('squad.deactivate', 'squad', squadRecord, squadRecord),
  change('squad.remove', 'squad', squadRecord, NONE),
  change('squad.reorder', 'squad', z.array(z.string()), z.array(z.string())),
  change('officer.create', 'officer', NONE, officerRecord),
  change('officer.update', 'officer', officerRecord, officerRecord),
  change('officer.activate', 'officer', officerRecord, officerRecord),
  change('officer.deactivate', 'officer', officerRecord, officerRecord),
  change('officer.import_update', 'officer', importedFields, importedFields),
  change('reviewer.create', 'reviewer', NONE, reviewerRecord),
  change('reviewer.update', 'reviewer', reviewerRecord, reviewerRecord),
  change('reviewer.activate', 'reviewer', reviewerRecord, reviewerRecord),
  change('reviewer.deactivate', 'reviewer', reviewerRecord, reviewerRecord),
  change('reviewer.import_update', 'reviewer', importedFields, importedFields),

  change('av_record.create', 'av_record', NONE, avRecordFields),
  change('av_record.update', 'av_record', avRecordFields, avRecordFields),
  change('av_record.remove', 'av_record', avRecordFields, NONE),
  change('av_record.attach_video', 'av_record', NONE, z.object({ sha256: z.string(), fileName: z.string() })),
  change('av_record.detach_video', 'av_record', z.object({ sha256: z.string(), fileName: z.string() }), NONE),
  change('av_record.import_update', 'av_record', importedFields, importedFields),
  change('complaint.create', 'complaint', NONE, complaintRecord),
  change('complaint.update', 'complaint', complaintRecord, complaintRecord),
  change('complaint.remove', 'complaint', complaintRecord, NONE),
  change('complaint.import_update', 'complaint', importedFields, importedFields),
  change('complaint.repeat_rule', 'settings', repeatRule, repeatRule),
  change('quotas.set_targets', 'settings', quotaTargets, quotaTargets),

  change('cases.import', 'import', NONE, importSummary),
  change('avRecords.import', 'import', NONE, importSummary),
  change('complaints.import', 'import', NONE, importSummary),
  change('officers.import', 'import', NONE, importSummary),
  change('reviewers.import', 'import', NONE, importSummary),

  change('rubric.publish', 'rubric', NONE, z.object({ code: z.string(), version: z.number(), name: z.string() })),
  change('discretion.set', 'discretion_baseline', discretionTableSchema, discretionTableSchema),
  change('discretion.import', 'discretion_baseline', discretionTableSchema, discretionTableSchema),
  change('deadlines.set', 'deadline_config', deadlineConfigInput, deadlineConfigInput),
  change('calendar.set_overrides', 'calendar', calendarOverrides, calendarOverrides),
  change('calendar.import_overrides', 'calendar', calendarOverrides, calendarOverrides),
  change('bulletin.settings', 'settings', bulletinSettings, bulletinSettings),
  change('bulletin.save', 'bulletin_draft', bulletinContent.nullable(), bulletinContent),
  change('bulletin.reset', 'bulletin_draft', bulletinContent, NONE),

  change('rectification.issue', 'rectification_notice', NONE, z.object({ campaignId: z.number(), squadId: z.number(), issuedOn: z.string(), deadlineOn: z.string(), problems: z.number() })),
  change('rectification.update', 'rectification_notice', noticeHeading, noticeHeading),
  change('rectification.reply', 'rectification_notice', noticeReply, noticeReply),
  change('rectification.attach', 'rectification_notice', NONE, z.object({ sha256: z.string(), fileName: z.string() })),
  change('rectification.verify', 'rectification_notice', problemVerdict, problemVerdict),
  change('rectification.follow_up', 'campaign', NONE, z.object({ name: z.string(), noticeIds: z.array(z.number()), percent: z.number(), scope: z.enum(FOLLOW_UP_SCOPES).optional(), seed: z.number(), cases: z.number(), problems: z.array(z.number()) })),
  change('rectification.follow_up_result', 'rectification_notice', followUpResults, followUpResults),
  change('rectification.remove', 'rectification_notice', z.object({ campaignId: z.number(), squadId: z.number(), problems: z.number() }), NONE),

  change('backup.configure', 'backup', z.object({ folder: z.string().nullable(), keepDays: z.number() }), z.object({ folder: z.string().nullable(), keepDays: z.number() })),
  change(
    'backup.create',
    'backup',
    NONE,
    z.object({ reason: z.enum(BACKUP_REASONS), folder: z.string(), databaseBytes: z.number(), scanCount: z.number(), verified: z.boolean() }),
  ),
  change(
    'backup.restore',
    'backup',
    z.object({ database: z.string().nullable(), state: z.union([z.enum(RECOVERY_REASONS), z.literal('open')]) }),
    z.object({ backup: z.string(), createdAt: z.string(), reason: z.enum(BACKUP_REASONS) }),
  ),
])
/** One recorded change, as a row of the log holds it. */
export type AuditChange = z.output<typeof auditChange>
export type AuditAction = AuditChange['action']
export type AuditEntity = AuditChange['entity']

/** A side the writer may leave out: a side the action does not keep, or one that is sometimes absent. */
type Side<K extends 'before' | 'after', V> = [V] extends [null] ? { [P in K]?: undefined } : null extends V ? { [P in K]?: Exclude<V, null> | null } : { [P in K]: V }
type Written<C> = C extends { before: infer B; after: infer F } ? Omit<C, 'before' | 'after'> & Side<'before', B> & Side<'after', F> : never

/** A change as a handler records it (the actor is added by whoever runs the transaction). */
export type AuditRecord = Written<AuditChange> & { entityId: string | number | null }
