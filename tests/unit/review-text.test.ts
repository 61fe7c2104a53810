import i18next, { type TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { auditEntry } from '../../shared/contract/audit'
import { rubricSchema, findItem, type RubricItem } from '../../shared/domain/rubric'
import { describeEntry, isEvaluationHistoryEntry, type EvaluationHistoryEntry, type HistoryLine } from '../../renderer/src/pages/review/historyText'
import { insertPhrase, quickPhrases } from '../../renderer/src/pages/review/quickPhrases'
import { zhCN } from '../../renderer/src/i18n/zh-CN'
import { en } from '../../renderer/src/i18n/en'
import rubricJson from '../../resources/rubrics/penalty-ordinary.v1.json?raw'

const i18n = i18next.createInstance()
void i18n.init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: 'zh-CN',
  interpolation: { escapeValue: false },
  initAsync: false,
})
const tOf = (language: 'zh-CN' | 'en') => i18n.getFixedT(language) as TFunction

const rubric = rubricSchema.parse(JSON.parse(rubricJson))
const filing = findItem(rubric, 'S1.2') as RubricItem

const row = (action: string, before: unknown, after: unknown) => ({ id: 1, at: '2024-01-05T08:00:00.000Z', actor: '张三', action, entity: 'evaluation', entityId: '7', before, after })
/** An audit row as mutateEvaluation writes it (the change plus the total and grade around it), read by its declared shape. */
const entry = (action: string, before: object, after: object): EvaluationHistoryEntry => {
  const parsed = auditEntry.parse(row(action, before, after))
  if (!isEvaluationHistoryEntry(parsed)) throw new Error(`${action} is not an evaluation's`)
  return parsed
}
/** A row of a shape this version does not record, as the history marks it. */
const unrecognised = (action: string, before: unknown, after: unknown): EvaluationHistoryEntry => ({ ...row(action, before, after), unrecognised: true })
const rect = null
const scored = { total: 100, grade: 'excellent' }

describe('every audited evaluation change reads as one history line', () => {
  it.each<[string, EvaluationHistoryEntry, HistoryLine, HistoryLine]>([
    [
      'deduct, with reason, page and score',
      entry('evaluation.deduct', scored, { deductionId: 3, itemId: 'S1.2', points: 1, reason: '超期立案', documentId: 2, page: 3, rect, total: 99, grade: 'excellent' }),
      { title: '扣分 S1.2 −1', details: ['理由：超期立案', '第 3 页'], effect: ['得分 100 → 99'] },
      { title: 'Deducted S1.2 −1', details: ['Reason: 超期立案', 'page 3'], effect: ['Score 100 → 99'] },
    ],
    [
      'deduct across a grade cut-off, without a page',
      entry('evaluation.deduct', { total: 90, grade: 'excellent' }, { deductionId: 4, itemId: 'S1.1', points: 0.5, reason: '立案审批表填写不规范', documentId: null, page: null, rect, total: 89.5, grade: 'good' }),
      { title: '扣分 S1.1 −0.5', details: ['理由：立案审批表填写不规范'], effect: ['得分 90 → 89.5', '等级 优秀 → 良好'] },
      { title: 'Deducted S1.1 −0.5', details: ['Reason: 立案审批表填写不规范'], effect: ['Score 90 → 89.5', 'Grade Excellent → Good'] },
    ],
    [
      'undeduct',
      entry('evaluation.undeduct', { deductionId: 3, itemId: 'S1.2', points: 1, reason: '超期立案', documentId: 2, page: 3, rect, total: 99, grade: 'excellent' }, scored),
      { title: '删除扣分 S1.2 −1', details: ['理由：超期立案'], effect: ['得分 99 → 100'] },
      { title: 'Removed deduction S1.2 −1', details: ['Reason: 超期立案'], effect: ['Score 99 → 100'] },
    ],
    [
      'not applicable',
      entry('evaluation.not_applicable', { itemId: 'S3.2', notApplicable: false, ...scored }, { itemId: 'S3.2', notApplicable: true, ...scored }),
      { title: 'S3.2 设为不适用', details: [], effect: [] },
      { title: 'S3.2 set not applicable', details: [], effect: [] },
    ],
    [
      'applicable again',
      entry('evaluation.not_applicable', { itemId: 'S3.2', notApplicable: true, ...scored }, { itemId: 'S3.2', notApplicable: false, ...scored }),
      { title: 'S3.2 恢复适用', details: [], effect: [] },
      { title: 'S3.2 applicable again', details: [], effect: [] },
    ],
    [
      'note',
      entry('evaluation.note', { itemId: 'S2.1', note: '', ...scored }, { itemId: 'S2.1', note: '询问笔录第2页无被询问人签名', ...scored }),
      { title: 'S2.1 备注', details: ['询问笔录第2页无被询问人签名'], effect: [] },
      { title: 'S2.1 note', details: ['询问笔录第2页无被询问人签名'], effect: [] },
    ],
    [
      'note cleared',
      entry('evaluation.note', { itemId: 'S2.1', note: '询问笔录第2页无被询问人签名', ...scored }, { itemId: 'S2.1', note: '', ...scored }),
      { title: 'S2.1 删除备注', details: [], effect: [] },
      { title: 'S2.1 note removed', details: [], effect: [] },
    ],
    [
      'veto: the grade falls, the total stays',
      entry('evaluation.veto', { vetoId: 'V8', on: false, ...scored }, { vetoId: 'V8', on: true, reason: '减轻处罚未经法制审核', total: 100, grade: 'fail' }),
      { title: '否决 V8', details: ['理由：减轻处罚未经法制审核'], effect: ['等级 优秀 → 不合格'] },
      { title: 'Veto V8', details: ['Reason: 减轻处罚未经法制审核'], effect: ['Grade Excellent → Fail'] },
    ],
    [
      'veto withdrawn',
      entry('evaluation.veto', { vetoId: 'V8', on: true, reason: '减轻处罚未经法制审核', total: 100, grade: 'fail' }, { vetoId: 'V8', on: false, reason: '', ...scored }),
      { title: '撤销否决 V8', details: [], effect: ['等级 不合格 → 优秀'] },
      { title: 'Veto V8 withdrawn', details: [], effect: ['Grade Fail → Excellent'] },
    ],
    [
      'automatic finding accepted',
      entry('evaluation.check_confirm', { finding: 'deadline:service', message: '送达决定书超期', ...scored }, { finding: 'deadline:service', decision: 'confirmed', deductionId: 5, itemId: 'S5.2', points: 2, reason: '送达决定书超期', documentId: null, page: null, rect, total: 98, grade: 'excellent' }),
      { title: '采纳自动核查问题 S5.2 −2', details: ['送达决定书超期'], effect: ['得分 100 → 98'] },
      { title: 'Accepted automatic finding S5.2 −2', details: ['送达决定书超期'], effect: ['Score 100 → 98'] },
    ],
    [
      'automatic finding set aside',
      entry('evaluation.check_override', { finding: 'deadline:decision', message: '作出处罚决定超期', proposal: { optionId: 'overdue', points: 3, reason: '作出处罚决定超期' }, ...scored }, { finding: 'deadline:decision', decision: 'overridden', reason: '卷内有延期审批表', ...scored }),
      { title: '不采纳自动核查问题', details: ['作出处罚决定超期', '理由：卷内有延期审批表'], effect: [] },
      { title: 'Set aside automatic finding', details: ['作出处罚决定超期', 'Reason: 卷内有延期审批表'], effect: [] },
    ],
    [
      'submit',
      entry('evaluation.submit', { status: 'in_progress', ...scored }, { status: 'submitted', ...scored }),
      { title: '提交', details: [], effect: [] },
      { title: 'Submitted', details: [], effect: [] },
    ],
    [
      'reopen',
      entry('evaluation.reopen', { status: 'submitted', submittedAt: '2024-01-05T08:00:00.000Z', ...scored }, { status: 'in_progress', reason: '送达回证认定有误', ...scored }),
      { title: '退回重评', details: ['理由：送达回证认定有误'], effect: [] },
      { title: 'Reopened', details: ['Reason: 送达回证认定有误'], effect: [] },
    ],
    [
      'an action this version does not know',
      unrecognised('evaluation.archive', {}, {}),
      { title: '其他操作：evaluation.archive', details: [], effect: [] },
      { title: 'Other change: evaluation.archive', details: [], effect: [] },
    ],
  ])('%s', (_, row, zh, english) => {
    expect(describeEntry(row, tOf('zh-CN'))).toEqual(zh)
    expect(describeEntry(row, tOf('en'))).toEqual(english)
  })

  it('an old row without before/after still reads', () => {
    expect(describeEntry(unrecognised('evaluation.submit', null, null), tOf('zh-CN'))).toEqual({ title: '提交', details: [], effect: [] })
  })
})

describe('quick phrases for a deduction reason', () => {
  const defaultsZh = ['未签名或签名不全', '未注明日期或日期有误', '未加盖印章', '与卷内其他材料记载不一致', '内容填写不完整']

  it.each<[string, string[] | undefined, 'zh-CN' | 'en', string[]]>([
    ['no own reasons: the rubric’s wording, then the common defects', undefined, 'zh-CN', ['超期立案', '先调查后立案', ...defaultsZh]],
    ['own reasons first, trimmed, blanks and repeats dropped', ['立案晚了 5 天 ', '  ', '超期立案', '立案晚了 5 天'], 'zh-CN', ['立案晚了 5 天', '超期立案', '先调查后立案', ...defaultsZh]],
    ['in English the rubric’s English labels', undefined, 'en', ['Filed late', 'Investigated first and filed later', 'Not signed, or signatures incomplete', 'Date missing or wrong', 'No official seal', 'Inconsistent with other documents in the file', 'Not filled in completely']],
    ['never more than Alt+1 … Alt+9', ['一', '二', '三', '四', '五', '六', '七', '八'], 'zh-CN', ['一', '二', '三', '四', '五', '六', '七', '八', '超期立案']],
  ])('%s', (_, own, language, expected) => {
    expect(quickPhrases(filing, own, language, tOf(language))).toEqual(expected)
  })

  it.each<[string, string, boolean, string, string]>([
    // The untouched default (the option's label) is replaced, whatever it says.
    ['超期立案', '未加盖印章', true, '；', '未加盖印章'],
    ['', '未加盖印章', false, '；', '未加盖印章'],
    ['   ', '未加盖印章', false, '；', '未加盖印章'],
    ['立案审批表', '未加盖印章', false, '；', '立案审批表；未加盖印章'],
    ['立案审批表；', '未加盖印章', false, '；', '立案审批表；未加盖印章'],
    ['立案审批表。', '未加盖印章', false, '；', '立案审批表。未加盖印章'],
    ['立案审批表、', '未加盖印章', false, '；', '立案审批表、未加盖印章'],
    ['询问笔录：', '未签名或签名不全', false, '；', '询问笔录：未签名或签名不全'],
    ['Approval form', 'No official seal', false, '; ', 'Approval form; No official seal'],
    ['Approval form; ', 'No official seal', false, '; ', 'Approval form; No official seal'],
    ['Approval form;', 'No official seal', false, '; ', 'Approval form; No official seal'],
    ['Approval form,', 'No official seal', false, '; ', 'Approval form, No official seal'],
    ['Record of inquiry:', 'Not signed', false, '; ', 'Record of inquiry: Not signed'],
    ['立案审批表;', '未加盖印章', false, '；', '立案审批表;未加盖印章'],
  ])('%j + %j (replace %s, separator %j) → %j', (reason, phrase, replace, separator, expected) => {
    const result = insertPhrase(reason, phrase, replace, separator)
    expect(result).toBe(expected)
    // The form puts the cursor at the end: right after the phrase just inserted.
    expect(result.endsWith(phrase)).toBe(true)
  })
})
