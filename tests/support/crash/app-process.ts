import { openBackend } from '../../../electron/backend/services/backend'
import { createBridge, listen } from '../../../electron/backend/bridge/server'
import type { FromApp, ToApp } from './protocol'

/*
 * The app's services behind the bridge, in a process of their own as `npm run web` runs them, for
 * the crash test to kill with SIGKILL. Bundled as the packaged app's main process is (see
 * app-handle.ts), so it never reads its own location. Loads its modules first and says so: a spare
 * waits warm, and opens the data folder only when told (after the one before it was killed).
 */
const send = (message: FromApp) => process.send!(message)

process.on('disconnect', () => process.exit(1))
process.once('message', async (open: ToApp) => {
  if (open.kind !== 'open') return process.exit(0)
  try {
    const app = await openBackend({ dataDir: open.dataDir, resourcesDir: open.resourcesDir, checkOutputs: false })
    const server = createBridge({ app, token: open.token })
    send({ kind: 'serving', port: await listen(server) })
    process.once('message', async () => {
      server.close()
      await app.close()
      process.exit(0)
    })
  } catch (err) {
    send({ kind: 'failed', error: err instanceof Error ? (err.stack ?? err.message) : String(err) })
    process.exit(1)
  }
})
send({ kind: 'loaded' })
