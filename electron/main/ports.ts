import { dialog, shell, type BrowserWindow, type OpenDialogOptions } from 'electron'
import { basename } from 'node:path'
import { FILE_PICKS } from '../../shared/contract/picks'
import type { SystemPorts } from '../backend/services/context'

/** The desktop's adapter of the system ports: the system dialogs over the app's window, and the folder view. */
export function desktopPorts(window: () => BrowserWindow): SystemPorts {
  const open = (options: OpenDialogOptions) => dialog.showOpenDialog(window(), options)
  return {
    pickFiles: async (pick) => {
      const { name, extensions, multiple } = FILE_PICKS[pick]
      const result = await open({ properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'], filters: [{ name, extensions: [...extensions] }] })
      return result.canceled ? [] : result.filePaths.map((path) => ({ path, fileName: basename(path) }))
    },
    deliverExport: async ({ filePath }) => shell.showItemInFolder(filePath),
    pickFolder: async () => {
      const result = await open({ properties: ['openDirectory', 'createDirectory'] })
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
  }
}
