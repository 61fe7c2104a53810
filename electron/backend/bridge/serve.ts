import { randomBytes } from 'node:crypto'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { openBackend } from '../services/backend'
import { createBridge, listen } from './server'

// `npm run web`: the app in a browser, for machines where Electron cannot run.
async function main() {
  const root = resolve(__dirname, '..', '..')
  const dataDir = process.env.CASE_DESK_DATA ?? join(homedir(), '.case-file-review-desk')
  const app = await openBackend({ dataDir, resourcesDir: join(root, 'resources'), checkOutputs: false, scheduleBackups: true })
  const token = process.env.CASE_DESK_TOKEN ?? randomBytes(24).toString('hex')
  const server = createBridge({ app, token, staticDir: join(root, 'out', 'renderer') })
  const port = await listen(server, Number(process.env.PORT ?? 5174))
  console.log(`案卷评查台 running on data folder ${dataDir}`)
  console.log(`Open: http://127.0.0.1:${port}/?token=${token}`)
  const stop = async () => {
    server.close()
    await app.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
