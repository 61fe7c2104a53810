import type { TFunction } from 'i18next'
import type { AuditEntry, HistoryEntry, UnrecognisedAuditEntry } from '../../../../shared/contract/audit'
import type { Grade } from '../../../../shared/domain/scoring'
import { formatPoints } from '../../format/points'

/** The rows an evaluation's history holds: its declared changes, and rows of a shape this version does not record. */
export type EvaluationAuditEntry = Extract<AuditEntry, { entity: 'evaluation' }>
export type EvaluationHistoryEntry = EvaluationAuditEntry | UnrecognisedAuditEntry
export type EvaluationAction = EvaluationAuditEntry['action']

export const isEvaluationHistoryEntry = (entry: HistoryEntry): entry is EvaluationHistoryEntry => 'unrecognised' in entry || entry.entity === 'evaluation'

export interface HistoryLine {
  title: string
  details: string[]
  /** How the total or grade moved, when it did. */
  effect: string[]
}

/** Titles the action alone says: a row of such an action in an older shape still reads as what it was. */
const PLAIN_TITLES = {
  'evaluation.check_override': 'review.history.override',
  'evaluation.submit': 'review.history.submit',
  'evaluation.reopen': 'review.history.reopen',
  'evaluation.evidence_detached': 'review.history.evidenceDetached',
  'evaluation.remove_with_case': 'review.history.removedWithCase',
} as const satisfies Partial<Record<EvaluationAction, string>>
const isPlain = (action: string): action is keyof typeof PLAIN_TITLES => Object.hasOwn(PLAIN_TITLES, action)

interface Scored {
  total: number
  grade: Grade
}

function scoreEffect(before: Scored, after: Scored, t: TFunction): string[] {
  const effect: string[] = []
  if (before.total !== after.total) effect.push(t('review.history.score', { before: formatPoints(before.total), after: formatPoints(after.total) }))
  if (before.grade !== after.grade) effect.push(t('review.history.grade', { before: t(`enums.grade.${before.grade}`), after: t(`enums.grade.${after.grade}`) }))
  return effect
}

/** One audit row of an evaluation in the reviewer's words: what was done, why, and what it did to the score. */
export function describeEntry(entry: EvaluationHistoryEntry, t: TFunction): HistoryLine {
  if ('unrecognised' in entry) {
    const title = isPlain(entry.action) ? t(PLAIN_TITLES[entry.action]) : t('review.history.other', { action: entry.action })
    return { title, details: [], effect: [] }
  }
  const reason = (value: string) => (value ? [t('review.history.reason', { reason: value })] : [])
  const page = (value: number | null) => (value !== null ? [t('review.history.page', { page: value })] : [])
  const message = (value: string) => (value ? [value] : [])
  const scored = (sides: { before: Scored; after: Scored }, title: string, details: string[] = []): HistoryLine => ({
    title,
    details,
    effect: scoreEffect(sides.before, sides.after, t),
  })

  switch (entry.action) {
    case 'evaluation.deduct': {
      const { after } = entry
      return scored(entry, t('review.history.deduct', { item: after.itemId, points: formatPoints(after.points) }), [...reason(after.reason), ...page(after.page)])
    }
    case 'evaluation.undeduct': {
      const { before } = entry
      return scored(entry, t('review.history.undeduct', { item: before.itemId, points: formatPoints(before.points) }), reason(before.reason))
    }
    case 'evaluation.not_applicable': {
      const { after } = entry
      return scored(entry, t(after.notApplicable ? 'review.history.notApplicableOn' : 'review.history.notApplicableOff', { item: after.itemId }))
    }
    case 'evaluation.note': {
      const { after } = entry
      return scored(entry, t(after.note ? 'review.history.note' : 'review.history.noteCleared', { item: after.itemId }), message(after.note))
    }
    case 'evaluation.veto': {
      const { after } = entry
      return scored(entry, t(after.on ? 'review.history.vetoOn' : 'review.history.vetoOff', { veto: after.vetoId }), after.on ? reason(after.reason) : [])
    }
    case 'evaluation.check_confirm': {
      const { before, after } = entry
      return scored(entry, t('review.history.confirm', { item: after.itemId, points: formatPoints(after.points) }), message(before.message))
    }
    case 'evaluation.check_override':
      return scored(entry, t(PLAIN_TITLES[entry.action]), [...message(entry.before.message), ...reason(entry.after.reason)])
    case 'evaluation.submit':
      return scored(entry, t(PLAIN_TITLES[entry.action]))
    case 'evaluation.reopen':
      return scored(entry, t(PLAIN_TITLES[entry.action]), reason(entry.after.reason))
    case 'evaluation.evidence_detached':
    case 'evaluation.remove_with_case':
      return { title: t(PLAIN_TITLES[entry.action]), details: [], effect: [] }
    default: {
      // Every action an evaluation's history holds has its words above.
      const unhandled: never = entry
      return unhandled
    }
  }
}
