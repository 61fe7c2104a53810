import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createBridge, listen } from '../../electron/backend/bridge/server'
import { openBackend, type Backend } from '../../electron/backend/services/backend'
import { newCaller } from '../../electron/backend/services/auth/caller'
import type { Contract, MethodName } from '../../shared/contract'
import type { InputOf, OutputOf } from '../../shared/contract/define'
import { addLongQueue, LONG_QUEUE_NAME } from '../../tests/support/long-queue'
import { BENCH_PAGES_DIR } from '../viewer/workspace'
import type { Ready, Request } from './protocol'
import { nth } from '../../tests/support/defined'

const ROOT = resolve(__dirname, '..', '..')
const QUEUE = Number(process.env.BENCH_QUEUE ?? 26)

/**
 * The app in a process of its own, as Electron's main process is (the browser's driver must not
 * share its event loop): the demo workspace with a long queue for the reviewer at this PC, served
 * to the review screen and to the bench's viewer page (the cold opens) by two bridges.
 */
async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'bench-next-'))
  // As the shipped app runs: answers are not checked against the contract again.
  const app: Backend = await openBackend({ dataDir: dir, resourcesDir: join(ROOT, 'resources'), checkOutputs: false })
  // The bench's own calls, as one signed-in window: loading the demo signs it in as the demo's lead.
  const caller = newCaller()
  const call = async <M extends MethodName>(method: M, input: InputOf<Contract, M>): Promise<OutputOf<Contract, M>> => {
    const r = await app.dispatch(method, input, caller)
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
    return r.value as OutputOf<Contract, M>
  }
  await call('workspace.loadDemo', {})
  const { assignmentIds } = await addLongQueue(call, QUEUE)
  const documents = []
  for (const assignmentId of assignmentIds) {
    const { caseId } = await call('evaluations.peek', { assignmentId })
    if (caseId === null) throw new Error('the bench queue holds case files')
    documents.push(nth(await call('documents.list', { caseId }), 0, 'document'))
  }
  const token = 'bench-' + Math.random().toString(36).slice(2)
  const servers = [
    createBridge({ app, token, staticDir: join(process.env.CASE_DESK_OUT ?? join(ROOT, 'out'), 'renderer') }),
    createBridge({ app, token, staticDir: BENCH_PAGES_DIR }),
  ]
  const [appPort, viewerPort] = await Promise.all(servers.map((s) => listen(s)))
  process.on('message', async (_: Request) => {
    for (const s of servers) {
      s.closeAllConnections()
      s.close()
    }
    await app.close()
    await rm(dir, { recursive: true, force: true })
    process.exit(0)
  })
  process.send!({
    kind: 'ready',
    appOrigin: `http://127.0.0.1:${appPort}`,
    viewerOrigin: `http://127.0.0.1:${viewerPort}`,
    token,
    campaignName: LONG_QUEUE_NAME,
    assignmentIds,
    documents,
  } satisfies Ready)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
