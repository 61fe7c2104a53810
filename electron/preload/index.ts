import { contextBridge, ipcRenderer } from 'electron'

// The renderer's only door to the main process: contract calls, progress events and printing to PDF.
contextBridge.exposeInMainWorld('caseDesk', {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('contract:invoke', method, input),
  onProgress: (listener: (event: unknown) => void) => {
    const wrapped = (_e: unknown, event: unknown) => listener(event)
    ipcRenderer.on('contract:progress', wrapped)
    return () => ipcRenderer.removeListener('contract:progress', wrapped)
  },
  // Printed pages (sheets, slides) to PDF by Chromium in main: docs/adr/0006.
  printToPdf: (fileName: string, options: { landscape: boolean }) => ipcRenderer.invoke('print:toPdf', fileName, options),
})
