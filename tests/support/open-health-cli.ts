import { openBackend } from '../../electron/backend/services/backend'
import { RESOURCES_DIR } from './paths'

// Opens the app on the data folder named on the command line (as another user, in a test) and
// prints its health and what a write answers, as one JSON line.
async function main() {
  const [, , dataDir] = process.argv
  if (!dataDir) throw new Error('usage: open-health-cli <data folder>')
  const app = await openBackend({ dataDir, resourcesDir: RESOURCES_DIR })
  const write = await app.dispatch('workspace.setLocale', { locale: 'en' })
  console.log(JSON.stringify({ health: app.health(), write }))
  await app.close()
}
main().catch((err) => {
  console.log(JSON.stringify({ crash: String(err) }))
  process.exit(1)
})
