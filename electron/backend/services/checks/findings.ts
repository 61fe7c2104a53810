import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { Finding } from '../../../../shared/contract/checks'
import type { Locale } from '../../../../shared/contract/workspace'
import type { CaseDates } from '../../../../shared/domain/case-dates'
import { CASE_DATE_FIELDS } from '../../../../shared/contract/cases'
import { runDeadlineChecks, type DeadlineFinding } from '../../../../shared/domain/deadlines'
import { allItems, type Rubric } from '../../../../shared/domain/rubric'
import { DEADLINE_OPTION, proposeOption } from '../../../../shared/domain/checks/proposals'
import { deadlineText, legalReviewTimingText, missingDocumentText, untaggedFileText } from '../../../../shared/i18n/finding-text'
import { legalReviewTiming } from '../../../../shared/domain/checks/legal-review-date'
import { documentItemRef, missingDocuments, type CaseKind } from '../../../../shared/domain/checks/required-documents'
import { vetoIdFor } from '../../../../shared/domain/checks/rubric-refs'
import { findItem } from '../../../../shared/domain/rubric'
import { loadCalendar, usableDate } from '../calendar/load'
import { loadRubric } from '../rubrics/load'
import { readDeadlineConfig } from '../settings/deadline-config'
import { readBaseline } from '../settings/discretion-store'
import { discretionFindings } from './discretion'
import { summaryLimitFindings } from './summary-limit'
import { notFound } from '../errors'

const OUTCOME: Record<DeadlineFinding['status'], Finding['outcome']> = {
  ok: 'ok',
  overdue: 'problem',
  missing_date: 'unknown',
  calendar_unknown: 'unknown',
}

function fromDeadline(f: DeadlineFinding, rubric: Rubric, locale: Locale): Omit<Finding, 'decision'> {
  const item = allItems(rubric).find((i) => i.autoCheck === f.check) ?? null
  const message = deadlineText(f, locale)
  const option = item && f.status === 'overdue' ? proposeOption(item, DEADLINE_OPTION[f.rule]) : null
  return {
    key: `deadline:${f.rule}`,
    check: f.check,
    itemId: item?.id ?? null,
    outcome: OUTCOME[f.status],
    message,
    deadline: {
      rule: f.rule,
      status: f.status,
      dueDate: f.dueDate,
      actualDate: f.actualDate,
      daysOver: f.daysOver,
      unit: f.unit,
      limitDays: f.limit.days,
      limitKind: f.limit.kind,
      article: f.article,
      basis: f.basis,
      note: f.note ?? null,
    },
    vetoCandidate: null,
    proposal: option ? { ...option, reason: message } : null,
  }
}

/** Required documents against the tagged 卷内目录 of every document of the case. */
function documentFindings(kind: CaseKind, taggedTypes: string[], rubric: Rubric, locale: Locale): Omit<Finding, 'decision'>[] {
  const missing = missingDocuments(kind, taggedTypes)
  if (missing === null) {
    const base = { check: null, itemId: null, deadline: null, vetoCandidate: null, proposal: null }
    return [{ ...base, key: 'documents:untagged', outcome: 'unknown', message: untaggedFileText(locale) }]
  }
  return missing.map((r) => {
    const ref = documentItemRef(r, rubric.code)
    const item = ref ? (findItem(rubric, ref.itemId) ?? null) : null
    const vetoId = r.vetoId ? (vetoIdFor(rubric.code, r.vetoId) ?? undefined) : undefined
    const message = missingDocumentText(r.docType, vetoId, locale)
    const option = item && ref?.optionId ? proposeOption(item, ref.optionId) : null
    return {
      key: `document:${r.docType}`,
      check: item?.autoCheck ?? null,
      itemId: item?.id ?? null,
      outcome: 'problem' as const,
      message,
      deadline: null,
      vetoCandidate: vetoId ?? null,
      proposal: option ? { ...option, reason: message } : null,
    }
  })
}

const TIMING_OUTCOME = { before_decision: 'ok', after_decision: 'problem', not_recorded: 'unknown' } as const

/** A major decision's legal review before the decision, by the register's dates. */
function legalReviewTimingFindings(isMajor: boolean, legalReviewedOn: string | null, decidedOn: string | null, rubric: Rubric, locale: Locale): Omit<Finding, 'decision'>[] {
  const timing = legalReviewTiming({ isMajor, legalReviewedOn, decidedOn })
  if (!timing) return []
  const item = allItems(rubric).find((i) => i.autoCheck === 'legal_review') ?? null
  const message = legalReviewTimingText(timing, locale)
  return [{ key: 'legal_review:timing', check: 'legal_review', itemId: item?.id ?? null, outcome: TIMING_OUTCOME[timing.status], message, deadline: null, vetoCandidate: null, proposal: null }]
}

/** Every automatic finding for an evaluation's case, with the reviewer's decisions so far. */
export async function findingsFor(db: Kysely<DB>, resourcesDir: string, evaluationId: number, locale: Locale): Promise<Finding[]> {
  const assignment = await db.selectFrom('evaluations').innerJoin('assignments', 'assignments.id', 'evaluations.assignmentId').select('assignments.caseId').where('evaluations.id', '=', evaluationId).executeTakeFirst()
  if (!assignment) throw notFound('evaluation', evaluationId)
  // The automatic checks look into case files; an A/V record or a complaint has none of theirs.
  if (assignment.caseId === null) return []
  const row = await db
    .selectFrom('evaluations')
    .innerJoin('assignments', 'assignments.id', 'evaluations.assignmentId')
    .innerJoin('cases', 'cases.id', 'assignments.caseId')
    .selectAll('cases')
    .select('evaluations.rubricId')
    .where('evaluations.id', '=', evaluationId)
    .executeTakeFirst()
  if (!row) throw notFound('evaluation', evaluationId)
  const [rubric, calendar, config, baseline, decisions, tags] = await Promise.all([
    loadRubric(db, row.rubricId),
    loadCalendar(db),
    readDeadlineConfig(db),
    readBaseline(db, resourcesDir),
    db.selectFrom('checkDecisions').selectAll().where('evaluationId', '=', evaluationId).execute(),
    db.selectFrom('pageTags').innerJoin('documents', 'documents.id', 'pageTags.documentId').select('pageTags.docType').where('documents.caseId', '=', row.id).execute(),
  ])
  const dates = Object.fromEntries(CASE_DATE_FIELDS.map((f) => [f, usableDate(row[f])])) as CaseDates
  const context = { procedure: row.procedure as 'ordinary' | 'simple', caseType: row.caseType as 'penalty' | 'compulsion', publishedOn: usableDate(row.publishedOn) }
  const kind = { ...context, isMajor: row.isMajor === 1 }
  const taggedTypes = tags.map((t) => t.docType)
  const findings = [
    ...runDeadlineChecks(dates, context, calendar, config).map((f) => fromDeadline(f, rubric, locale)),
    ...discretionFindings(row, taggedTypes, baseline, rubric, locale),
    ...summaryLimitFindings(row, rubric, locale),
    ...documentFindings(kind, taggedTypes, rubric, locale),
    ...legalReviewTimingFindings(kind.isMajor, usableDate(row.legalReviewedOn), dates.decidedOn ?? null, rubric, locale),
  ]
  return findings.map((finding) => {
    const d = decisions.find((x) => x.findingKey === finding.key)
    return { ...finding, decision: d ? { kind: d.decision, reason: d.reason, deductionId: d.deductionId, decidedAt: d.decidedAt } : null }
  })
}
