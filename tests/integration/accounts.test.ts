import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { openTestWorkspace, seedRegistry, TEST_PASSWORD, type TestWorkspace } from '../support/workspace'
import { seedDoubleReviewCampaign } from '../support/double-review'

let ws: TestWorkspace
beforeEach(async () => {
  ws = await openTestWorkspace()
})
afterEach(async () => ws.close())

const auditOf = (action: string) => ws.app.ctx.db.selectFrom('auditLog').selectAll().where('action', '=', action).orderBy('id').execute()

describe('accounts and sign-in', () => {
  it('refuses every method but the sign-in ones to a caller who is not signed in', async () => {
    const stranger = ws.newSession()
    expect((await stranger.fail('cases.list', {})).code).toBe('signed_out')
    expect((await stranger.fail('accounts.list', {})).code).toBe('signed_out')
    const status = await stranger.call('workspace.status', {})
    expect(status.account).toBeNull()
    expect(status.hasAccounts).toBe(true)
  })

  it('signs in with the right password only, locks after five wrong ones, and logs both', async () => {
    const { reviewers } = await seedDoubleReviewCampaign(ws)
    await ws.call('accounts.create', { reviewerId: reviewers.first.id, login: 'zhangsan', password: 'initial-123', isAdmin: false })
    const s = ws.newSession()
    expect((await s.fail('auth.signIn', { login: 'zhangsan', password: 'wrong-pass' })).code).toBe('sign_in_failed')
    // An unknown login gets the same answer as a wrong password.
    expect((await s.fail('auth.signIn', { login: 'nobody', password: 'wrong-pass' })).code).toBe('sign_in_failed')
    const me = await s.call('auth.signIn', { login: 'ZhangSan', password: 'initial-123' })
    expect(me).toMatchObject({ name: '张三', role: 'reviewer', isAdmin: false, mustChangePassword: true })
    // Until the initial password is changed, nothing else.
    expect((await s.fail('cases.list', {})).code).toBe('password_change_required')
    expect((await s.fail('auth.changePassword', { current: 'wrong', next: 'mine-4567' })).code).toBe('wrong_password')
    await s.call('auth.changePassword', { current: 'initial-123', next: 'mine-4567' })
    await s.call('cases.list', {})
    await s.call('auth.signOut', {})
    for (let i = 0; i < 5; i++) await s.fail('auth.signIn', { login: 'zhangsan', password: `bad-${i}` })
    const locked = await s.fail('auth.signIn', { login: 'zhangsan', password: 'mine-4567' })
    expect(locked.code).toBe('account_locked')
    expect(locked.message).toContain('5 分钟')
    expect((await auditOf('auth.sign_in_failed')).length).toBe(6)
    expect((await auditOf('auth.sign_in')).map((r) => r.actor)).toContain('张三')
    // The administrator lifts the lockout with a new initial password.
    const account = (await ws.call('accounts.list', {})).find((a) => a.login === 'zhangsan')!
    await ws.call('accounts.resetPassword', { accountId: account.id, password: 'again-7890' })
    expect((await s.call('auth.signIn', { login: 'zhangsan', password: 'again-7890' })).mustChangePassword).toBe(true)
  })

  it('keeps lead and administrator work from reviewers, and accounts from leads', async () => {
    const { reviewers } = await seedDoubleReviewCampaign(ws)
    await ws.signInAs(reviewers.first.id)
    expect((await ws.fail('rubrics.publish', { rubricId: 1 } as never)).code).toBe('lead_only')
    expect((await ws.fail('settings.setDeadlines', { rows: [] } as never)).code).toBe('lead_only')
    expect((await ws.fail('accounts.list', {})).code).toBe('admin_only')
    await ws.signInAs(reviewers.lead.id)
    expect((await ws.fail('accounts.list', {})).code).toBe('admin_only')
    expect((await ws.fail('backups.run', {})).code).toBe('admin_only')
  })

  it('lets a reviewer open and change only their own evaluations; a lead inside another is recorded as the lead', async () => {
    const { reviewers, assignmentOf, campaignId } = await seedDoubleReviewCampaign(ws)
    const itemId = 'S1.2'
    await ws.signInAs(reviewers.first.id)
    const mine = await ws.call('evaluations.open', { assignmentId: assignmentOf(0, 1) })
    await ws.call('evaluations.addDeduction', { evaluationId: mine.id, itemId, points: 1, reason: '立案审批表缺日期' })

    await ws.signInAs(reviewers.second.id)
    const refused = await ws.fail('evaluations.open', { assignmentId: assignmentOf(0, 1) })
    expect(refused.code).toBe('not_your_evaluation')
    expect(refused.message).toContain('张三')
    expect((await ws.fail('evaluations.addDeduction', { evaluationId: mine.id, itemId, points: 1, reason: '擅自修改' })).code).toBe('not_your_evaluation')

    await ws.signInAs(reviewers.lead.id)
    await ws.call('evaluations.open', { assignmentId: assignmentOf(0, 1) })
    await ws.call('evaluations.addDeduction', { evaluationId: mine.id, itemId, points: 0.5, reason: '组长补充：文书编号不连续' })
    const history = await ws.call('audit.history', { entity: 'evaluation', entityId: String(mine.id) })
    expect(history.filter((h) => h.action === 'evaluation.deduct').map((h) => h.actor)).toEqual(['张三', '王敏'])
    // The results workbook credits each deduction to whoever made it.
    const { filePath } = await ws.call('exports.campaignWorkbook', { campaignId })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(filePath)
    const sheet = wb.getWorksheet('扣分明细')!
    // Row values are sparse (1-based): Array.from fills the holes.
    const rows = Array.from(sheet.getSheetValues(), (r) => (Array.isArray(r) ? Array.from(r, String).join('|') : ''))
    expect(rows.find((r) => r.includes('立案审批表缺日期'))).toContain('张三')
    expect(rows.find((r) => r.includes('组长补充'))).toContain('王敏')
  })

  it('never leaves the workspace without an active administrator', async () => {
    const admin = (await ws.call('accounts.list', {}))[0]!
    expect((await ws.fail('accounts.update', { accountId: admin.id, login: admin.login, isAdmin: false, active: true })).code).toBe('last_admin')
    expect((await ws.fail('accounts.update', { accountId: admin.id, login: admin.login, isAdmin: true, active: false })).code).toBe('last_admin')
  })

  it('refuses a second account for the same login in any letter case, and for the same reviewer', async () => {
    await seedRegistry(ws)
    const r = await ws.call('people.createReviewer', { name: '赵六', role: 'reviewer', squadId: null, officerId: null })
    await ws.call('accounts.create', { reviewerId: r.id, login: 'zhaoliu', password: TEST_PASSWORD, isAdmin: false })
    expect((await ws.fail('accounts.create', { reviewerId: null, name: '信息科', login: 'ZHAOLIU', password: TEST_PASSWORD, isAdmin: true })).code).toBe('duplicate_login')
    expect((await ws.fail('accounts.create', { reviewerId: r.id, login: 'zhao6', password: TEST_PASSWORD, isAdmin: false })).code).toBe('duplicate_login')
    expect((await ws.fail('accounts.create', { reviewerId: null, name: '信息科', login: 'it', password: 'short', isAdmin: true })).code).toBe('invalid_input')
  })

  it('locks a session that was idle longer than the workspace allows', async () => {
    let now = Date.parse('2024-03-01T09:00:00Z')
    await ws.close()
    ws = await openTestWorkspace({ now: () => new Date(now) })
    await ws.call('auth.setIdleLock', { minutes: 10 })
    now += 9 * 60_000
    await ws.call('cases.list', {})
    now += 11 * 60_000
    expect((await ws.fail('cases.list', {})).code).toBe('signed_out')
  })

  it('keeps no password in the database or the audit log, only scrypt hashes', async () => {
    const rows = await ws.app.ctx.db.selectFrom('accounts').select('passwordHash').execute()
    expect(rows.every((r) => /^scrypt\$32768\$8\$1\$/.test(r.passwordHash))).toBe(true)
    const log = await ws.app.ctx.db.selectFrom('auditLog').select(['before', 'after']).execute()
    expect(JSON.stringify(log)).not.toContain(TEST_PASSWORD)
  })
})

describe('accounts on a workspace', () => {
  it('a new install creates its administrator on first start and signs them in', async () => {
    const fresh = await openTestWorkspace({ signedIn: false })
    try {
      expect((await fresh.call('workspace.status', {})).hasAccounts).toBe(false)
      const status = await fresh.call('workspace.startEmpty', { reviewerName: '王敏', login: 'wangmin', password: 'first-admin-1', withDefaultSquads: false })
      expect(status.account).toMatchObject({ name: '王敏', role: 'lead', isAdmin: true })
      expect((await fresh.fail('auth.setup', { name: '别人', login: 'other', password: 'other-pass-1' })).code).toBe('conflict')
    } finally {
      await fresh.close()
    }
  })
})
