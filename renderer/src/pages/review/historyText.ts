import type { TFunction } from 'i18next'
import type { AuditEntry } from '../../../../shared/contract/audit'
import { GRADES, type Grade } from '../../../../shared/domain/scoring'
import { formatPoints } from '../../format/points'

type Fields = Record<string, unknown>
const fieldsOf = (value: unknown): Fields => (value && typeof value === 'object' ? (value as Fields) : {})
const text = (value: unknown) => (typeof value === 'string' ? value : '')
const numberOf = (value: unknown) => (typeof value === 'number' ? value : null)
const isGrade = (value: unknown): value is Grade => GRADES.includes(value as Grade)

export interface HistoryLine {
  title: string
  details: string[]
  /** How the total or grade moved, when it did. */
  effect: string[]
}

/** One audit row of an evaluation in the reviewer's words: what was done, why, and what it did to the score. */
export function describeEntry(entry: AuditEntry, t: TFunction): HistoryLine {
  const before = fieldsOf(entry.before)
  const after = fieldsOf(entry.after)
  const item = text(after.itemId) || text(before.itemId)
  const points = (fields: Fields) => formatPoints(numberOf(fields.points) ?? 0)
  const reason = (value: unknown) => (text(value) ? [t('review.history.reason', { reason: text(value) })] : [])
  const page = (value: unknown) => (numberOf(value) !== null ? [t('review.history.page', { page: numberOf(value)! })] : [])

  let title: string
  let details: string[] = []
  switch (entry.action) {
    case 'evaluation.deduct':
      title = t('review.history.deduct', { item, points: points(after) })
      details = [...reason(after.reason), ...page(after.page)]
      break
    case 'evaluation.undeduct':
      title = t('review.history.undeduct', { item, points: points(before) })
      details = reason(before.reason)
      break
    case 'evaluation.not_applicable':
      title = t(after.notApplicable ? 'review.history.notApplicableOn' : 'review.history.notApplicableOff', { item })
      break
    case 'evaluation.note':
      title = t(text(after.note) ? 'review.history.note' : 'review.history.noteCleared', { item })
      details = text(after.note) ? [text(after.note)] : []
      break
    case 'evaluation.veto':
      title = t(after.on ? 'review.history.vetoOn' : 'review.history.vetoOff', { veto: text(after.vetoId) })
      details = after.on ? reason(after.reason) : []
      break
    case 'evaluation.check_confirm':
      title = t('review.history.confirm', { item, points: points(after) })
      details = text(before.message) ? [text(before.message)] : []
      break
    case 'evaluation.check_override':
      title = t('review.history.override')
      details = [...(text(before.message) ? [text(before.message)] : []), ...reason(after.reason)]
      break
    case 'evaluation.submit':
      title = t('review.history.submit')
      break
    case 'evaluation.reopen':
      title = t('review.history.reopen')
      details = reason(after.reason)
      break
    case 'evaluation.evidence_detached':
      title = t('review.history.evidenceDetached')
      break
    default:
      title = t('review.history.other', { action: entry.action })
  }

  const effect: string[] = []
  const [totalBefore, totalAfter] = [numberOf(before.total), numberOf(after.total)]
  if (totalBefore !== null && totalAfter !== null && totalBefore !== totalAfter) {
    effect.push(t('review.history.score', { before: formatPoints(totalBefore), after: formatPoints(totalAfter) }))
  }
  if (isGrade(before.grade) && isGrade(after.grade) && before.grade !== after.grade) {
    effect.push(t('review.history.grade', { before: t(`enums.grade.${before.grade}`), after: t(`enums.grade.${after.grade}`) }))
  }
  return { title, details, effect }
}
