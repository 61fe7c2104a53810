import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { openBackend, type Backend } from '../../electron/backend/services/backend'
import { newCaller } from '../../electron/backend/services/auth/caller'
import { createBridge, listen } from '../../electron/backend/bridge/server'
import type { Ready, Reply, Request } from './protocol'
import { nth } from '../../tests/support/defined'

/**
 * The app in a process of its own, as Electron's main process is: the browser's driver must not
 * share its event loop. Serves the bridge; answers the bench with bare INSERT times on the same
 * connection and the handler's own time of the last save.
 */
const ROOT = resolve(__dirname, '..', '..')

/** The bench's own calls, as one signed-in window: loading the demo signs it in as the demo's lead. */
const caller = newCaller()

async function call<T>(app: Backend, method: string, input: unknown): Promise<T> {
  const r = await app.dispatch(method, input, caller)
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  return r.value as T
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'bench-deduct-'))
  // As the shipped app runs: answers are not checked against the contract again.
  const app = await openBackend({ dataDir: dir, resourcesDir: join(ROOT, 'resources'), checkOutputs: false })
  await call(app, 'workspace.loadDemo', {})
  const mine = await call<{ assignmentId: number; campaignName: string; position: number }[]>(app, 'campaigns.mine', {})
  const queue = mine.filter((a) => a.campaignName === nth(mine, 0).campaignName).sort((a, b) => a.position - b.position)
  // The baseline writes into an evaluation the page never shows.
  const spare = await call<{ id: number }>(app, 'evaluations.open', { assignmentId: queue.at(-1)!.assignmentId })

  // How long the process rested before each save: after a rest, every hand-off between threads
  // and every cache is cold, and a save comes after the reviewer has read and typed.
  let lastActive = performance.now()
  const restsBeforeSave: number[] = []
  const dispatch = app.dispatch
  let handlerMs = Number.NaN
  app.dispatch = async (method, input, pageCaller) => {
    const t0 = performance.now()
    if (method === 'evaluations.addDeduction') restsBeforeSave.push(t0 - lastActive)
    const envelope = await dispatch(method, input, pageCaller)
    lastActive = performance.now()
    if (method === 'evaluations.addDeduction') handlerMs = lastActive - t0
    return envelope
  }
  const token = 'bench-' + Math.random().toString(36).slice(2)
  const server = createBridge({ app, token, staticDir: join(process.env.CASE_DESK_OUT ?? join(ROOT, 'out'), 'renderer') })
  const port = await listen(server)

  const now = new Date().toISOString()
  let inserts = 0
  const bareInsert = async () => {
    const rest = restsBeforeSave[inserts++ % restsBeforeSave.length] ?? 0
    await new Promise((resumed) => setTimeout(resumed, Math.max(0, rest - (performance.now() - lastActive))))
    const t0 = performance.now()
    await app.ctx.db
      .insertInto('deductions')
      .values({ evaluationId: spare.id, itemId: 'S7.2', optionId: null, pointsTenths: 10, reason: '基线', documentId: null, page: null, rectX: null, rectY: null, rectW: null, rectH: null, createdAt: now })
      .execute()
    return performance.now() - t0
  }
  const reply = (ms: number) => process.send!({ kind: 'ms', ms } satisfies Reply)
  process.on('message', async (request: Request) => {
    if (request.kind === 'insert') {
      const ms = await bareInsert()
      lastActive = performance.now()
      reply(ms)
    } else if (request.kind === 'handlerMs') {
      reply(handlerMs)
      lastActive = performance.now()
    }
    else {
      server.close()
      await app.close()
      await rm(dir, { recursive: true, force: true })
      process.exit(0)
    }
  })
  process.send!({ kind: 'ready', port, token, assignmentIds: queue.map((a) => a.assignmentId) } satisfies Ready)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
