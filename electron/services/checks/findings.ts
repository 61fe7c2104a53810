import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { Finding } from '../../../shared/contract/checks'
import type { Locale } from '../../../shared/contract/workspace'
import type { CaseDates } from '../../../shared/domain/case-dates'
import { CASE_DATE_FIELDS } from '../../../shared/contract/cases'
import { runDeadlineChecks, type DeadlineConfigInput, type DeadlineFinding } from '../../../shared/domain/deadlines'
import { allItems, type Rubric } from '../../../shared/domain/rubric'
import { DEADLINE_OPTION, proposeOption } from '../../../shared/domain/checks/proposals'
import { deadlineText } from '../../../shared/i18n/finding-text'
import { loadCalendar } from '../calendar/load'
import { loadRubric } from '../rubrics/load'
import { readSetting } from '../workspace/settings'
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
    proposal: option ? { ...option, reason: message } : null,
  }
}

/** Every automatic finding for an evaluation's case, with the reviewer's decisions so far. */
export async function findingsFor(db: Kysely<DB>, evaluationId: number, locale: Locale): Promise<Finding[]> {
  const row = await db
    .selectFrom('evaluations')
    .innerJoin('assignments', 'assignments.id', 'evaluations.assignmentId')
    .innerJoin('cases', 'cases.id', 'assignments.caseId')
    .selectAll('cases')
    .select('evaluations.rubricId')
    .where('evaluations.id', '=', evaluationId)
    .executeTakeFirst()
  if (!row) throw notFound('evaluation', evaluationId)
  const [rubric, calendar, configText, decisions] = await Promise.all([
    loadRubric(db, row.rubricId),
    loadCalendar(db),
    readSetting(db, 'deadlineConfig'),
    db.selectFrom('checkDecisions').selectAll().where('evaluationId', '=', evaluationId).execute(),
  ])
  const dates = Object.fromEntries(CASE_DATE_FIELDS.map((f) => [f, row[f]])) as CaseDates
  const config = configText ? (JSON.parse(configText) as DeadlineConfigInput) : {}
  const context = { procedure: row.procedure as 'ordinary' | 'simple', caseType: row.caseType as 'penalty' | 'compulsion' }
  return runDeadlineChecks(dates, context, calendar, config).map((f) => {
    const finding = fromDeadline(f, rubric, locale)
    const d = decisions.find((x) => x.findingKey === finding.key)
    return { ...finding, decision: d ? { kind: d.decision, reason: d.reason, deductionId: d.deductionId, decidedAt: d.decidedAt } : null }
  })
}
