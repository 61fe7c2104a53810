import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openBackend, type Backend } from '../../electron/backend/services/backend'
import type { Database } from '../../electron/backend/db/connection'
import type { SystemPorts } from '../../electron/backend/services/context'
import { newCaller, type Caller } from '../../electron/backend/services/auth/caller'
import { newCredential } from '../../electron/backend/services/accounts/password'
import { storedPath } from '../../electron/backend/services/documents/store'
import { readStoredBytes } from '../../electron/backend/services/documents/sealed-file'
import type { Contract, MethodName } from '../../shared/contract'
import type { InputOf, OutputOf } from '../../shared/contract/define'
import type { AppErrorShape, Envelope } from '../../shared/contract/errors'
import { nth } from './defined'
import { RESOURCES_DIR } from './paths'

export interface TestWorkspace {
  app: Backend
  dir: string
  /** Calls a contract method through the real dispatch; throws the error envelope on failure. */
  call<M extends MethodName>(method: M, input: InputOf<Contract, M>): Promise<OutputOf<Contract, M>>
  /** Calls and expects failure: returns the error envelope. */
  fail<M extends MethodName>(method: M, input: unknown): Promise<AppErrorShape>
  /** Calls anything, as this window (with a page's own ports, if given), and returns the envelope as the transport would. */
  dispatch(method: string, input: unknown, ports?: SystemPorts): Promise<Envelope<unknown>>
  /** Signs this workspace's window in as the reviewer, opening an account for them if they have none. */
  /** Signs in as the reviewer (opening an account with the test password if need be); the login. */
  signInAs(reviewerId: number): Promise<string>
  /** Another window on the same backend, signed out. */
  newSession(): Pick<TestWorkspace, 'call' | 'fail' | 'dispatch'>
  close(): Promise<void>
}

/** Every account a test opens has this password. */
export const TEST_PASSWORD = 'test-password-1'
/** The administrator a test workspace is signed in as: reviews nothing, may do everything else. */
export const TEST_ADMIN = { login: 'admin', name: '测试管理员' } as const

let testHash: Promise<string> | null = null
const testPasswordHash = () => (testHash ??= newCredential(TEST_PASSWORD).then((c) => c.passwordHash))

async function openAccount(db: Database, values: { reviewerId: number | null; name: string | null; login: string; isAdmin: number }) {
  const at = new Date().toISOString()
  const existing = await db.selectFrom('accounts').select('id').where('login', '=', values.login).executeTakeFirst()
  if (existing) return existing.id
  const row = { ...values, passwordHash: await testPasswordHash(), createdAt: at, passwordChangedAt: at }
  return (await db.insertInto('accounts').values(row).returning('id').executeTakeFirstOrThrow()).id
}

function windowOn(ws: { app: Backend }, caller: Caller): Pick<TestWorkspace, 'call' | 'fail' | 'dispatch'> {
  return {
    dispatch: (method, input, ports) => ws.app.dispatch(method, input, ports ? { ...caller, ports } : caller),
    async call(method, input) {
      const r = await ws.app.dispatch(method, input, caller)
      if (!r.ok) throw Object.assign(new Error(`${method}: ${r.error.code} ${r.error.message}`), { error: r.error })
      return r.value as never
    },
    async fail(method, input) {
      const r = await ws.app.dispatch(method, input, caller)
      if (r.ok) throw new Error(`${method} was expected to fail but succeeded`)
      return r.error
    },
  }
}

/**
 * A new workspace whose window is signed in as the test administrator (unless `signedIn: false`,
 * for the first start itself).
 */
export async function openTestWorkspace(options: { now?: () => Date; signedIn?: boolean } = {}): Promise<TestWorkspace> {
  const dir = await mkdtemp(join(tmpdir(), 'review-desk-'))
  const app = await openBackend({ dataDir: dir, resourcesDir: RESOURCES_DIR, now: options.now })
  const caller = newCaller()
  // Methods go through `ws.app`, so a test may swap in a reopened app (a restart).
  const ws: TestWorkspace = {
    app,
    dir,
    ...windowOn({ get app() { return ws.app } }, caller),
    async signInAs(reviewerId) {
      // A reviewer with an account already (the first start's) signs in with it; it has the test password too.
      const db = ws.app.ctx.db
      const own = await db.selectFrom('accounts').select('login').where('reviewerId', '=', reviewerId).executeTakeFirst()
      const login = own?.login ?? `r${reviewerId}`
      if (!own) await openAccount(db, { reviewerId, name: null, login, isAdmin: 0 })
      await ws.call('auth.signIn', { login, password: TEST_PASSWORD })
      return login
    },
    newSession: () => windowOn({ get app() { return ws.app } }, newCaller()),
    async close() {
      await ws.app.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
  if (options.signedIn !== false) {
    await openAccount(app.ctx.db, { reviewerId: null, name: TEST_ADMIN.name, login: TEST_ADMIN.login, isAdmin: 1 })
    await ws.call('auth.signIn', { login: TEST_ADMIN.login, password: TEST_PASSWORD })
  }
  return ws
}

/** A workspace with one case to attach files to: what the document tests start from. */
export async function openWorkspaceWithCase(): Promise<{ ws: TestWorkspace; caseId: number }> {
  const ws = await openTestWorkspace()
  const { squadIds } = await seedRegistry(ws)
  return { ws, caseId: (await ws.call('cases.create', caseInput(squadIds[0]))).id }
}

/** A small registry: two squads, three officers. */
export async function seedRegistry(ws: TestWorkspace) {
  const db = ws.app.ctx.db
  const squads = await db
    .insertInto('squads')
    .values([
      { name: '夏阳街道中队', kind: 'street', sortOrder: 1 },
      { name: '朱家角镇中队', kind: 'town', sortOrder: 2 },
    ])
    .returning('id')
    .execute()
  const squadIds: [number, number] = [nth(squads, 0, 'squad').id, nth(squads, 1, 'squad').id]
  const officers = await db
    .insertInto('officers')
    .values([
      { name: '张伟', badgeNumber: '3111800001', squadId: squadIds[0], certified: 1 },
      { name: '李娜', badgeNumber: '3111800002', squadId: squadIds[0], certified: 1 },
      { name: '王磊', badgeNumber: '3111800003', squadId: squadIds[1], certified: 0 },
    ])
    .returning('id')
    .execute()
  const officerIds: [number, number, number] = [nth(officers, 0, 'officer').id, nth(officers, 1, 'officer').id, nth(officers, 2, 'officer').id]
  return { squadIds, officerIds }
}

export function caseInput(squadId: number, overrides: Record<string, unknown> = {}) {
  return {
    caseNumber: '青城管罚字〔2023〕第01001号',
    party: '上海某某渣土运输有限公司',
    partyType: 'organization' as const,
    domain: 'muck_transport' as const,
    squadId,
    violation: '运输渣土车辆未密闭',
    legalBasis: '《上海市市容环境卫生管理条例》第二十五条第二款',
    discretionTier: 'general' as const,
    penaltyFen: 500000,
    discoveredOn: '2023-03-01',
    filedOn: '2023-03-03',
    decidedOn: '2023-04-20',
    ...overrides,
  }
}

/**
 * A campaign on the shipped rubric with the given cases assigned to a reviewer at this PC; its
 * assignments come back in the cases' order, one each (a tuple when the cases are one).
 */
export async function seedCampaign<const C extends readonly number[]>(ws: TestWorkspace, caseIds: C, name = '2023年3月案卷月度抽查') {
  const db = ws.app.ctx.db
  const rubric = await db.selectFrom('rubrics').select('id').orderBy('id').executeTakeFirstOrThrow()
  const reviewer = await db.insertInto('reviewers').values({ name: '王敏', role: 'lead' }).returning('id').executeTakeFirstOrThrow()
  await ws.signInAs(reviewer.id)
  const campaign = await db
    .insertInto('campaigns')
    .values({ name, kind: 'monthly', rubricId: rubric.id, startsOn: '2023-03-01', endsOn: '2023-03-31', createdAt: new Date().toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow()
  const assignments = await db
    .insertInto('assignments')
    .values(caseIds.map((caseId, position) => ({ campaignId: campaign.id, caseId, reviewerId: reviewer.id, position })))
    .returning('id')
    .execute()
  // INSERT … RETURNING gives the rows in the order of the values: one per case.
  const assignmentIds = assignments.map((a) => a.id) as { -readonly [K in keyof C]: number }
  return { campaignId: campaign.id, rubricId: rubric.id, assignmentIds }
}

/** A stored scan's plain bytes, from the workspace's store or a backup's (`filesDir`), opened with the key the workspace holds. */
export function readScan(ws: { app: Backend }, sha256: string, filesDir = ws.app.ctx.paths.files): Promise<Buffer> {
  return readStoredBytes(storedPath(filesDir, sha256), () => ws.app.ctx.dataKey.get())
}
