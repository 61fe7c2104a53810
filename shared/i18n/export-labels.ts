import type { Locale } from '../contract/workspace'
import { ENUM_LABELS } from './enum-labels'

// Workbook wording for the meeting; the bureau reads Chinese, the English switch follows the UI.
export const EXPORT_LABELS = {
  'zh-CN': {
    enums: ENUM_LABELS['zh-CN'],
    fileSuffix: '评查结果',
    sheets: { summary: '汇总', cases: '评查结果', deductions: '扣分明细', squads: '中队汇总', officers: '执法人员', categories: '问题类别' },
    /** The 汇总 sheet. */
    summary: {
      title: (campaign: string) => `${campaign}评查结果汇总`,
      /** Who issues the workbook when no issuing unit is set: the section that runs the evaluation. */
      defaultUnit: '执法监督科',
      unit: '印发单位',
      period: '评查期间',
      periodRange: (from: string, to: string) => `${from} 至 ${to}`,
      exportedOn: '导出日期',
      overall: '总体情况',
      headline: ['评查案卷数', '完成评查', '未完成', '平均分', '优良率', '合格率', '否决案卷'],
      ranking: '中队排名（按平均分）',
      rankingHeader: ['排名', '中队', '评查案卷数', '完成评查', '平均分', '优秀', '良好', '合格', '不合格', '合格率', '否决'],
      totals: '合计',
      note: (open: number) => `平均分、优良率、合格率只计完成评查的案卷（已提交；双人评查为两人一致或组长裁定），未完成的 ${open} 件未计入。`,
    },
    cases: ['序号', '案号', '当事人', '中队', '执法领域', '程序', '评查员', '状态', '得分', '等级', '否决项', '扣分合计', '扣分事项', '活动得分', '活动等级', '双人评查'],
    deductions: ['案号', '中队', '评查员', '状态', '类型', '评查项目', '评查要点', '问题类别', '扣分', '扣分理由', '页码', '要点备注', '记录人', '记录时间'],
    deductionKind: { deduction: '扣分', veto: '否决项', note: '备注' },
    squads: ['中队', '评查案卷数', '完成评查', '平均分', '优秀', '良好', '合格', '不合格'],
    officers: ['执法人员', '执法证号', '中队', '案卷数', '完成评查', '平均分', '优秀', '良好', '合格', '不合格', '否决', '扣分次数', '扣分合计'],
    categories: ['排名', '问题类别', '涉及案卷数', '占完成评查案卷', '扣分次数', '扣分合计', '涉及中队（案卷数）'],
    squadCount: (name: string, n: number) => `${name}（${n}）`,
    /** The maker of a change made with no reviewer set at the PC. */
    system: '系统',
    /** Page header and footer (Excel codes: &P page, &N pages). */
    footer: '第 &P 页，共 &N 页',
    /** The score cell of an evaluation not yet begun. */
    notScored: '未评',
    /** A double-reviewed case's campaign result: how it was reached. */
    doubleReview: { pending: '评查中', agreed: '一致（取两人平均分）', waiting: '待裁定', decided: '组长裁定' },
    /** A campaign on A/V records or complaints: each object's result, then each deduction. */
    objects: {
      header: ['序号', '编号', '中队', '日期', '评查员', '状态', '得分', '等级', '扣分合计', '扣分事项'],
      deductions: ['编号', '中队', '评查员', '评查项目', '扣分', '扣分理由', '要点备注', '记录时间'],
    },
    /** 整改台账: one row per problem of every notice. */
    rectification: {
      fileName: '整改台账',
      sheet: '整改台账',
      header: ['序号', '中队', '文号', '评查活动', '下发日期', '整改时限', '责任人', '案号', '当事人', '问题', '扣分', '问题描述', '回复日期', '整改情况', '核查结论', '核查说明', '核查人', '通知状态'],
      veto: '否决项',
      verdicts: { pending: '待核查', rectified: '已整改', partial: '部分整改', not_rectified: '未整改' },
      states: { awaiting_reply: '待回复', verifying: '核查中', closed: '已办结' },
      overdue: '（逾期）',
    },
  },
  en: {
    enums: ENUM_LABELS.en,
    fileSuffix: 'results',
    sheets: { summary: 'Summary', cases: 'Results', deductions: 'Deductions', squads: 'By squad', officers: 'By officer', categories: 'Problem categories' },
    summary: {
      title: (campaign: string) => `${campaign}: results`,
      defaultUnit: 'Supervision section',
      unit: 'Issued by',
      period: 'Period',
      periodRange: (from: string, to: string) => `${from} to ${to}`,
      exportedOn: 'Exported on',
      overall: 'Overall',
      headline: ['Cases', 'Completed', 'Open', 'Average', 'Excellent + good', 'Pass rate', 'Vetoed'],
      ranking: 'Squads ranked by average score',
      rankingHeader: ['Rank', 'Squad', 'Cases', 'Completed', 'Average', 'Excellent', 'Good', 'Pass', 'Fail', 'Pass rate', 'Vetoed'],
      totals: 'Total',
      note: (open: number) => `Averages and rates count completed cases only (submitted; for double review, agreed or adjudicated); ${open} open cases are left out.`,
    },
    cases: ['No.', 'Case number', 'Party', 'Squad', 'Domain', 'Procedure', 'Reviewer', 'Status', 'Score', 'Grade', 'Vetoes', 'Deducted', 'Deduction items', 'Campaign score', 'Campaign grade', 'Double review'],
    deductions: ['Case number', 'Squad', 'Reviewer', 'Status', 'Kind', 'Section', 'Item', 'Problem category', 'Points', 'Reason', 'Page', 'Item note', 'Recorded by', 'Recorded at'],
    deductionKind: { deduction: 'Deduction', veto: 'Veto', note: 'Note' },
    squads: ['Squad', 'Files evaluated', 'Completed', 'Average score', 'Excellent', 'Good', 'Pass', 'Fail'],
    officers: ['Officer', 'Badge number', 'Squad', 'Cases', 'Completed', 'Average', 'Excellent', 'Good', 'Pass', 'Fail', 'Vetoed', 'Deductions', 'Points lost'],
    categories: ['Rank', 'Problem category', 'Cases', 'Share of completed cases', 'Deductions', 'Points lost', 'Squads (cases)'],
    squadCount: (name: string, n: number) => `${name} (${n})`,
    system: 'System',
    footer: 'Page &P of &N',
    notScored: 'Not scored',
    doubleReview: { pending: 'In review', agreed: 'Agreed (mean of both)', waiting: 'Awaiting adjudication', decided: 'Adjudicated' },
    /** A campaign on A/V records or complaints: each object's result, then each deduction. */
    objects: {
      header: ['No.', 'Number', 'Squad', 'Date', 'Reviewer', 'Status', 'Score', 'Grade', 'Deducted', 'Deduction items'],
      deductions: ['Number', 'Squad', 'Reviewer', 'Item', 'Points', 'Reason', 'Item note', 'Recorded at'],
    },
    rectification: {
      fileName: 'rectification register',
      sheet: 'Rectification',
      header: ['No.', 'Squad', 'Number', 'Campaign', 'Issued', 'Deadline', 'Responsible', 'Case number', 'Party', 'Problem', 'Points', 'Description', 'Replied', 'What was done', 'Verdict', 'Reason', 'Verified by', 'Notice'],
      veto: 'Veto',
      verdicts: { pending: 'To verify', rectified: 'Rectified', partial: 'Partly rectified', not_rectified: 'Not rectified' },
      states: { awaiting_reply: 'Awaiting reply', verifying: 'Verifying', closed: 'Closed' },
      overdue: ' (overdue)',
    },
  },
} satisfies Record<Locale, unknown>
