import type { Locale } from '../contract/workspace'

// The names of the contract's enums, for the UI and for exported files alike.
export const ENUM_LABELS = {
  'zh-CN': {
    domain: {
      muck_transport: '渣土运输',
      street_appearance: '街面市容',
      ecology: '生态环境',
      household_waste: '生活垃圾分类',
      illegal_construction: '违法建筑',
      construction_site: '建筑工地',
      housing_market: '房产市场',
    },
    procedure: { ordinary: '普通程序', simple: '简易程序' },
    caseType: { penalty: '行政处罚', compulsion: '行政强制' },
    partyType: { individual: '个人', organization: '单位' },
    discretionTier: { exempt: '不予处罚', mitigated: '减轻', lighter: '从轻', general: '一般', heavier: '从重' },
    caseStatus: { registered: '已登记', filed: '已立案', decided: '已决定', closed: '已结案', archived: '已归档' },
    grade: { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' },
    evaluationStatus: { not_started: '未开始', in_progress: '评查中', submitted: '已提交' },
    campaignKind: { monthly: '月度抽查', centralized: '集中评查', special: '专项评查', follow_up: '回头看' },
    caseSource: { inspection: '巡查发现', complaint: '投诉举报', referral: '移送交办', other: '其他' },
    complaintSource: { hotline: '12345热线', petition: '信访', other: '其他' },
  },
  en: {
    domain: {
      muck_transport: 'Muck transport',
      street_appearance: 'Street appearance',
      ecology: 'Ecology & environment',
      household_waste: 'Household waste sorting',
      illegal_construction: 'Illegal construction',
      construction_site: 'Construction sites',
      housing_market: 'Housing market',
    },
    procedure: { ordinary: 'Ordinary', simple: 'Simple' },
    caseType: { penalty: 'Administrative penalty', compulsion: 'Administrative compulsion' },
    partyType: { individual: 'Individual', organization: 'Organization' },
    discretionTier: { exempt: 'No penalty', mitigated: 'Mitigated', lighter: 'Lighter', general: 'General', heavier: 'Heavier' },
    caseStatus: { registered: 'Registered', filed: 'Filed', decided: 'Decided', closed: 'Closed', archived: 'Archived' },
    grade: { excellent: 'Excellent', good: 'Good', pass: 'Pass', fail: 'Fail' },
    evaluationStatus: { not_started: 'Not started', in_progress: 'In progress', submitted: 'Submitted' },
    campaignKind: { monthly: 'Monthly spot check', centralized: 'Centralized evaluation', special: 'Special evaluation', follow_up: 'Follow-up review' },
    caseSource: { inspection: 'Patrol', complaint: 'Complaint', referral: 'Referral', other: 'Other' },
    complaintSource: { hotline: '12345 hotline', petition: 'Petition', other: 'Other' },
  },
} satisfies Record<Locale, unknown>
