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
