import type { Locale } from '../contract/workspace'
import { ENUM_LABELS } from './enum-labels'

// Workbook wording for the meeting; the bureau reads Chinese, the English switch follows the UI.
export const EXPORT_LABELS = {
  'zh-CN': {
    enums: ENUM_LABELS['zh-CN'],
    fileSuffix: '评查结果',
    sheets: { cases: '评查结果', deductions: '扣分明细', squads: '中队汇总' },
    cases: ['序号', '案号', '当事人', '中队', '执法领域', '程序', '评查员', '状态', '得分', '等级', '否决项', '扣分合计', '扣分事项', '活动得分', '活动等级', '双人评查'],
    deductions: ['案号', '中队', '评查项目', '评查要点', '扣分', '扣分理由', '材料页码', '问题类别', '评查员'],
    squads: ['中队', '评查案卷数', '已提交', '平均分', '优秀', '良好', '合格', '不合格'],
    page: (n: number) => `第${n}页`,
    /** The score cell of an evaluation not yet begun. */
    notScored: '未评',
    /** A double-reviewed case's campaign result: how it was reached. */
    doubleReview: { pending: '评查中', agreed: '一致（取两人平均分）', waiting: '待裁定', decided: '组长裁定' },
  },
  en: {
    enums: ENUM_LABELS.en,
    fileSuffix: 'results',
    sheets: { cases: 'Results', deductions: 'Deductions', squads: 'By squad' },
    cases: ['No.', 'Case number', 'Party', 'Squad', 'Domain', 'Procedure', 'Reviewer', 'Status', 'Score', 'Grade', 'Vetoes', 'Deducted', 'Deduction items', 'Campaign score', 'Campaign grade', 'Double review'],
    deductions: ['Case number', 'Squad', 'Section', 'Item', 'Points', 'Reason', 'Page', 'Problem category', 'Reviewer'],
    squads: ['Squad', 'Files evaluated', 'Submitted', 'Average score', 'Excellent', 'Good', 'Pass', 'Fail'],
    page: (n: number) => `p. ${n}`,
    notScored: 'Not scored',
    doubleReview: { pending: 'In review', agreed: 'Agreed (mean of both)', waiting: 'Awaiting adjudication', decided: 'Adjudicated' },
  },
} satisfies Record<Locale, unknown>
