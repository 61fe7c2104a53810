// Words that go into the demo's records only, never onto a generated page (so the demo font need not carry them).
/** The demo's reviewers, lead first. */
export const DEMO_REVIEWERS = [
  { name: '王敏', role: 'lead' },
  { name: '李强', role: 'reviewer' },
  { name: '陈静', role: 'reviewer' },
] as const

/** The demo's two campaigns and the note on cases added by hand to the centralized one. */
export const DEMO_CAMPAIGNS = {
  monthly: '2023年12月案卷月度抽查',
  centralized: '2023年度案卷集中评查',
  manualNote: '月度抽查及投诉反映的问题线索',
} as const

/** The demo accounts' shared password, shown on the sign-in screen of a demo workspace. */
export const DEMO_PASSWORD = 'demo2023'

/** The A/V register: where recordings are kept ({y}, {m}: year and month). */
export const AV_STORAGE = ['执法记录仪管理平台/{y}/{m}', '执法记录仪管理平台/{y}/{m}', '执法记录仪管理平台/{y}/{m}', '刻录光盘 {y}-{m}']

/** 12345 and 信访 matters as the hotline words them, with how the squad answered. */
export const COMPLAINT_MATTERS = [
  { subject: '夜间施工噪声扰民', result: '已责令施工单位停止夜间施工，并告知夜间施工须办理审批' },
  { subject: '渣土车撒落泥土，路面污染', result: '已责令运输单位清扫路面，对撒落行为立案查处' },
  { subject: '沿街商铺跨门营业，占用人行道', result: '已现场劝导，商户已将物品收回店内' },
  { subject: '流动摊贩占道经营', result: '已开展整治，摊贩已离开' },
  { subject: '小区内违法搭建', result: '已立案调查，责令当事人限期拆除' },
  { subject: '餐饮油烟扰民', result: '已告知当事人安装油烟净化设施，转市场监管部门处理' },
  { subject: '户外广告牌破损，存在安全隐患', result: '已通知设置单位限期整改，广告牌已拆除' },
  { subject: '建筑垃圾乱堆放', result: '已责令清运，现场已清理' },
  { subject: '共享单车乱停放', result: '已通知运营企业清理' },
  { subject: '工地扬尘污染', result: '已责令施工单位落实覆盖、洒水等防尘措施' },
]

/** Who complaints name when they name an organisation: {brand} fills from the case vocabulary. */
export const COMPLAINT_PARTIES = ['{brand}建设工程有限公司', '{brand}餐饮管理有限公司', '{brand}运输有限公司', '{brand}物业管理有限公司']

/** The register numbers: recordings and hotline tickets. */
export const REGISTER_NUMBERS = { avRecord: 'DSJ-{y}-{n}', complaint: 'GD{y}{n}' } as const
