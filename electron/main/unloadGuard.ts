import { dialog, type BrowserWindow } from 'electron'
import type { Locale } from '../../shared/contract/workspace'
import { UNLOAD_DIALOG } from '../../shared/i18n/unload-dialog'

const LEAVE = 0

/**
 * A page that refuses to unload (its beforeunload, e.g. the rubric editor with unpublished
 * changes) makes Electron cancel the close or reload without a word: ask, and unload on 离开.
 */
export function confirmUnload(win: BrowserWindow, locale: () => Locale): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const text = UNLOAD_DIALOG[locale()]
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: text.title,
      message: text.message,
      detail: text.detail,
      buttons: [text.leave, text.stay],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    })
    if (choice === LEAVE) event.preventDefault()
  })
}
