import { existsSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, _electron, type ElectronApplication, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { openBackend } from '../../electron/backend/services/backend'
import { createBridge, listen } from '../../electron/backend/bridge/server'
import { ARTIFACTS_DIR, REPO_ROOT, RESOURCES_DIR } from '../support/paths'
import { DEMO, signIn as signInStep } from './steps/auth'

/** The built app: `out/`, or where CASE_DESK_OUT put the renderer. */
const RENDERER_DIR = join(process.env.CASE_DESK_OUT ?? join(REPO_ROOT, 'out'), 'renderer')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage']

export interface RunningApp {
  page: Page
  target: 'electron' | 'browser'
  dataDir: string
  /** Reloads the UI as a user restarting it would see it, signing in again as whoever was signed in. */
  reload(): Promise<void>
  screenshot(name: string): Promise<string>
  close(): Promise<void>
}

/** The app behind each Electron window, for answering its system dialogs. */
const electronApps = new WeakMap<Page, ElectronApplication>()

/**
 * Chooses `paths` in the file chooser that `open` (a click) brings up: the browser's, or under
 * Electron the system dialog, answered in the main process as the user would.
 */
export async function chooseFiles(page: Page, paths: string | string[], open: () => Promise<unknown>): Promise<void> {
  const files = [paths].flat()
  const electron = electronApps.get(page)
  if (electron) {
    await electron.evaluate(({ dialog }, filePaths) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths })) as typeof dialog.showOpenDialog
    }, files)
    await open()
    return
  }
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), open()])
  await chooser.setFiles(files)
}

function electronBinary(): string | null {
  const pathFile = join(REPO_ROOT, 'node_modules', 'electron', 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(REPO_ROOT, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

/**
 * Starts the built app for a spec: real Electron where its binary is installed
 * (or CASE_DESK_E2E=electron), otherwise Chromium over the HTTP bridge. Specs see one Page.
 */
/** Who signs in: an account of the workspace the spec prepared, or (by default, on reloads) a demo one. */
export interface LaunchAccount {
  login: string
  password?: string
}

/**
 * A reload in a browser is a new page, signed out, as a new window would be; the desktop window
 * stays signed in. Either way the spec goes on as the same person.
 */
async function reloadAs(page: Page, password: string) {
  const login = await page.getByTestId('reviewer-name').getAttribute('data-login').catch(() => null)
  await page.reload()
  const signIn = page.getByTestId('sign-in-login')
  await Promise.race([signIn.waitFor(), page.getByTestId('account-menu').waitFor()])
  if (login && (await signIn.isVisible())) await signInStep(page, login, password)
}

export async function launchApp(options: { dataDir?: string; account?: LaunchAccount } = {}): Promise<RunningApp> {
  const password = options.account?.password ?? DEMO.password
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` (npm test does it first).')
  }
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'review-desk-e2e-')))
  await mkdir(ARTIFACTS_DIR, { recursive: true })
  const screenshot = async (page: Page, name: string) => {
    const file = join(ARTIFACTS_DIR, `${name}.png`)
    // Picture the settled screen, not a table still fading in from its loading state.
    await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {})
    await page.waitForTimeout(400)
    await page.screenshot({ path: file })
    return file
  }
  const binary = electronBinary()
  if (process.env.CASE_DESK_E2E === 'electron' || (binary && process.env.CASE_DESK_E2E !== 'browser')) {
    const app = await _electron.launch({ executablePath: binary ?? undefined, args: [join(REPO_ROOT, 'out', 'main', 'index.js')], env: { ...process.env, CASE_DESK_DATA: dataDir } })
    const page = await app.firstWindow()
    electronApps.set(page, app)
    if (options.account) await signInStep(page, options.account.login, password)
    return {
      page,
      target: 'electron',
      dataDir,
      reload: () => reloadAs(page, password),
      screenshot: (name) => screenshot(page, name),
      close: async () => {
        await app.close()
        if (!options.dataDir) await rm(dataDir, { recursive: true, force: true })
      },
    }
  }

  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM} (Debian: apt-get install chromium).`)
  const services = await openBackend({ dataDir, resourcesDir: RESOURCES_DIR })
  const token = 'e2e-' + Math.random().toString(36).slice(2)
  const server = createBridge({ app: services, token, staticDir: RENDERER_DIR })
  const port = await listen(server)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`http://127.0.0.1:${port}/?token=${token}`)
  if (options.account) await signInStep(page, options.account.login, password)
  return {
    page,
    target: 'browser',
    dataDir,
    reload: () => reloadAs(page, password),
    screenshot: (name) => screenshot(page, name),
    close: async () => {
      await browser.close()
      server.close()
      await services.close()
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true })
      if (errors.length) throw new Error(`uncaught errors in the page: ${errors.join(' | ')}`)
    },
  }
}

/** A failed test leaves a picture of what the reviewer would have seen. */
export function keepFailureScreens(current: () => RunningApp | undefined, prefix = ''): void {
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await current()?.screenshot(`failed-${prefix}${task.name.slice(0, 40).replace(/\W+/g, '-')}`)
  })
}

/** The spec's app on a fresh data folder: started before its tests, closed after them. */
export function useRunningApp(started: (app: RunningApp) => void, prefix = ''): void {
  let running: RunningApp | undefined
  beforeAll(async () => {
    running = await launchApp()
    started(running)
  }, 120_000)
  afterAll(() => running?.close())
  keepFailureScreens(() => running, prefix)
}
