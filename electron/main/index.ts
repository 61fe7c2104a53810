import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron'
import { join } from 'node:path'
import { openBackend } from '../backend/services/backend'
import { newCaller } from '../backend/services/auth/caller'
import { useWorkerEntry } from '../backend/services/workers/pool'
import { hardenWindow, isTrustedSender, secureWebPreferences, APP_SCHEME } from '../security/hardening'
import { handleProtocols, registerSchemesAsPrivileged } from './protocols'
import { confirmUnload } from './unloadGuard'
import { handlePrintToPdf } from './printToPdf'
import { desktopPorts } from './ports'

// A packaged app never loads its page from elsewhere, whatever the environment says.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
// Tests (and a lead keeping a second workspace) point the app at another data folder.
if (process.env.CASE_DESK_DATA) app.setPath('userData', process.env.CASE_DESK_DATA)
registerSchemesAsPrivileged()
// Built beside this file (electron.vite.config.ts); loaded from inside app.asar, which Electron's worker threads read.
useWorkerEntry(join(__dirname, 'file-worker.js'))

async function createWindow() {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    title: '案卷评查台',
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js'), !app.isPackaged),
  })
  hardenWindow(win.webContents, session.defaultSession, devServerUrl)
  win.once('ready-to-show', () => win.show())
  await win.loadURL(devServerUrl ?? `${APP_SCHEME}://bundle/index.html`)
  return win
}

async function main() {
  await app.whenReady()
  // The default menu reaches DevTools and reload: none in production.
  if (app.isPackaged) Menu.setApplicationMenu(null)
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources')
  let win: BrowserWindow | null = null
  const services = await openBackend({
    dataDir: app.getPath('userData'),
    resourcesDir,
    checkOutputs: !app.isPackaged,
    scheduleBackups: true,
    // The window exists before any call can ask for a dialog.
    ports: desktopPorts(() => win!),
  })
  handleProtocols(join(__dirname, '../renderer'), { filesDir: services.ctx.paths.files, dataKey: () => services.ctx.dataKey.get() }, devServerUrl)
  // The unload dialog is shown synchronously, so the chosen locale is kept at hand.
  let locale = await services.ctx.locale()
  // The one window is one caller: signed in there until it signs out, locks or the app quits.
  const caller = newCaller()
  ipcMain.handle('contract:invoke', async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame, devServerUrl)) throw new Error('untrusted sender')
    const result = await services.dispatch(String(method), input, caller)
    // A restore reopens the workspace on a backup, whose language may differ.
    if (method === 'workspace.setLocale' || method === 'backups.restore' || method === 'backups.retryOpen') locale = await services.ctx.locale().catch(() => locale)
    return result
  })
  handlePrintToPdf(ipcMain, { ctx: () => services.ctx, trusted: (frame) => isTrustedSender(frame, devServerUrl), signedIn: () => caller.accountId !== null })
  services.onProgress((event) => win?.webContents.send('contract:progress', event))
  win = await createWindow()
  confirmUnload(win, () => locale)
  app.on('window-all-closed', async () => {
    await services.close()
    app.quit()
  })
}

main().catch((err) => {
  dialog.showErrorBox('案卷评查台', String(err instanceof Error ? err.stack : err))
  app.exit(1)
})
