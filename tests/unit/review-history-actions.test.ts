import i18next, { type TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { auditEntry, type HistoryEntry } from '../../shared/contract/audit'
import { auditChange } from '../../shared/contract/audit-actions'
import { describeEntry, isEvaluationHistoryEntry, type EvaluationAction } from '../../renderer/src/pages/review/historyText'
import { zhCN } from '../../renderer/src/i18n/zh-CN'
import { en } from '../../renderer/src/i18n/en'

const i18n = i18next.createInstance()
void i18n.init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: 'zh-CN',
  interpolation: { escapeValue: false },
  initAsync: false,
})

const scored = { total: 97, grade: 'excellent' }
const deduction = { deductionId: 3, itemId: 'S1.2', points: 1, reason: '超期立案', documentId: 2, page: 3, rect: { x: 0.1, y: 0.2, w: 0.3, h: 0.1 } }

/** One row of every action an evaluation's history holds: the compiler refuses a missing one. */
const samples = {
  'evaluation.deduct': [scored, { ...deduction, total: 96, grade: 'excellent' }],
  'evaluation.undeduct': [{ ...deduction, ...scored }, { total: 98, grade: 'excellent' }],
  'evaluation.not_applicable': [{ itemId: 'S3.2', notApplicable: false, ...scored }, { itemId: 'S3.2', notApplicable: true, ...scored }],
  'evaluation.note': [{ itemId: 'S2.1', note: '', ...scored }, { itemId: 'S2.1', note: '询问笔录无签名', ...scored }],
  'evaluation.veto': [{ vetoId: 'V8', on: false, ...scored }, { vetoId: 'V8', on: true, reason: '未经法制审核', total: 97, grade: 'fail' }],
  'evaluation.check_confirm': [
    { finding: 'deadline:service', message: '送达决定书超期', ...scored },
    { finding: 'deadline:service', decision: 'confirmed', ...deduction, total: 96, grade: 'excellent' },
  ],
  'evaluation.check_override': [
    { finding: 'deadline:decision', message: '作出处罚决定超期', proposal: null, ...scored },
    { finding: 'deadline:decision', decision: 'overridden', reason: '卷内有延期审批表', ...scored },
  ],
  'evaluation.submit': [{ status: 'in_progress', ...scored }, { status: 'submitted', ...scored }],
  'evaluation.reopen': [{ status: 'submitted', submittedAt: '2024-01-05T08:00:00.000Z', ...scored }, { status: 'in_progress', reason: '送达回证认定有误', ...scored }],
  'evaluation.evidence_detached': [{ documentId: 2 }, null],
  'evaluation.remove_with_case': [{ campaignId: 1, caseId: 4, assignmentId: 9, total: 97, grade: 'excellent' }, null],
} satisfies Record<EvaluationAction, [unknown, unknown]>

const rows: HistoryEntry[] = Object.entries(samples).map(([action, [before, after]]) =>
  auditEntry.parse({ id: 1, at: '2024-01-05T08:00:00.000Z', actor: '张三', action, entity: 'evaluation', entityId: '7', before, after }),
)

describe('the history has words for every action an evaluation records', () => {
  it('the samples are every evaluation action the contract declares, each of its declared shape', () => {
    const declared = auditChange.options.filter((o) => o.shape.entity.value === 'evaluation').map((o) => o.shape.action.value)
    expect(Object.keys(samples).sort()).toEqual([...declared].sort())
    expect(rows.every(isEvaluationHistoryEntry)).toBe(true)
  })

  it.each(['zh-CN', 'en'] as const)('%s: each reads as its own line, never as an unknown change', (language) => {
    const t = i18n.getFixedT(language) as TFunction
    const other = t('review.history.other', { action: '' })
    const titles = rows.filter(isEvaluationHistoryEntry).map((row) => {
      const line = describeEntry(row, t)
      const text = [line.title, ...line.details, ...line.effect].join(' ')
      expect(line.title, row.action).not.toContain(other)
      expect(text, row.action).not.toMatch(/\{\{|undefined|NaN|review\.history/)
      return line.title
    })
    // Different changes read differently (a change and its undoing share the action, not the words).
    expect(new Set(titles).size).toBe(titles.length)
  })
})
