import { fork, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { build } from 'esbuild'
import { REPO_ROOT, RESOURCES_DIR } from '../paths'
import type { FromApp, ToApp } from './protocol'

/**
 * The app's process as one CommonJS file (its packages left to `node_modules`), built once per
 * test: a process started from it loads in a fraction of the time a TypeScript loader takes, and
 * the test starts one per kill.
 */
export async function bundleAppProcess(outDir: string): Promise<string> {
  const outfile = join(outDir, 'app-process.cjs')
  await build({ entryPoints: [join(__dirname, 'app-process.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'warning' })
  return outfile
}

/** The app's process seen from the test: started ahead (its modules load while another one runs), opened, killed. */
export class AppHandle {
  private readonly child: ChildProcess
  private readonly loaded: Promise<void>
  private readonly exited: Promise<number | null>
  private opened = false

  constructor(script: string) {
    this.child = fork(script, [], {
      execArgv: [],
      // The bundle lies outside the project: its packages are found in the project's node_modules.
      env: { ...process.env, NODE_PATH: join(REPO_ROOT, 'node_modules') },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)))
    this.loaded = this.next('loaded').then(() => undefined)
    // A spare that dies unopened is reported by `open`, if it is ever asked to open.
    this.loaded.catch(() => {})
  }

  /** The next message of a kind; fails if the process ends first. */
  private next<K extends FromApp['kind']>(kind: K): Promise<Extract<FromApp, { kind: K }>> {
    return new Promise((resolve, reject) => {
      const onMessage = (message: FromApp) => {
        if (message.kind === 'failed') return reject(new Error(`the app's process failed to open: ${message.error}`))
        if (message.kind !== kind) return
        this.child.off('message', onMessage)
        resolve(message as Extract<FromApp, { kind: K }>)
      }
      this.child.on('message', onMessage)
      void this.exited.then((code) => reject(new Error(`the app's process ended (${code}) before "${kind}"`)))
    })
  }

  private send(message: ToApp) {
    this.child.send(message)
  }

  /** Opens the workspace and serves the bridge; resolves with its port. */
  async open(dataDir: string, token: string): Promise<number> {
    await this.loaded
    this.opened = true
    const serving = this.next('serving')
    this.send({ kind: 'open', dataDir, resourcesDir: RESOURCES_DIR, token })
    return (await serving).port
  }

  /** kill -9: no handler runs, nothing is flushed or closed. */
  async kill(): Promise<void> {
    this.child.kill('SIGKILL')
    await this.exited
  }

  /** Closes the app as a user would; a spare that never opened the workspace is simply ended. */
  async close(): Promise<void> {
    if (!this.opened) return this.kill()
    if (this.child.exitCode === null) this.send({ kind: 'close' })
    await this.exited
  }
}
