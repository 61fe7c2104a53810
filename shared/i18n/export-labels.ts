import type { Locale } from '../contract/workspace'

// Workbook wording for the meeting; the bureau reads Chinese, the English switch follows the UI.
export const EXPORT_LABELS = {
  'zh-CN': {
    fileSuffix: '评查结果',
    sheets: { cases: '评查结果', deductions: '扣分明细', squads: '中队汇总' },
    cases: ['序号', '案号', '当事人', '中队', '执法领域', '程序', '评查员', '状态', '得分', '等级', '否决项', '扣分合计', '扣分事项'],
    deductions: ['案号', '中队', '评查项目', '评查要点', '扣分', '扣分理由', '材料页码', '问题类别', '评查员'],
    squads: ['中队', '评查案卷数', '已提交', '平均分', '优秀', '良好', '合格', '不合格'],
    grades: { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' },
    statuses: { not_started: '未开始', in_progress: '评查中', submitted: '已提交' },
    domains: {
      muck_transport: '渣土运输',
      street_appearance: '街面市容',
      ecology: '生态环境',
      household_waste: '生活垃圾分类',
      illegal_construction: '违法建筑',
      construction_site: '建筑工地',
      housing_market: '房产市场',
    },
    procedures: { ordinary: '普通程序', simple: '简易程序' },
    page: (n: number) => `第${n}页`,
  },
  en: {
    fileSuffix: 'results',
    sheets: { cases: 'Results', deductions: 'Deductions', squads: 'By squad' },
    cases: ['No.', 'Case number', 'Party', 'Squad', 'Domain', 'Procedure', 'Reviewer', 'Status', 'Score', 'Grade', 'Vetoes', 'Deducted', 'Deduction items'],
    deductions: ['Case number', 'Squad', 'Section', 'Item', 'Points', 'Reason', 'Page', 'Problem category', 'Reviewer'],
    squads: ['Squad', 'Files evaluated', 'Submitted', 'Average score', 'Excellent', 'Good', 'Pass', 'Fail'],
    grades: { excellent: 'Excellent', good: 'Good', pass: 'Pass', fail: 'Fail' },
    statuses: { not_started: 'Not started', in_progress: 'In progress', submitted: 'Submitted' },
    domains: {
      muck_transport: 'Muck transport',
      street_appearance: 'Street appearance',
      ecology: 'Ecology',
      household_waste: 'Household waste sorting',
      illegal_construction: 'Illegal construction',
      construction_site: 'Construction sites',
      housing_market: 'Housing market',
    },
    procedures: { ordinary: 'Ordinary', simple: 'Simple' },
    page: (n: number) => `p. ${n}`,
  },
} satisfies Record<Locale, unknown>
