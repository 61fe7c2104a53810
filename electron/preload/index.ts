import { contextBridge, ipcRenderer } from 'electron'

// The renderer's only door to the main process: contract calls and progress events.
contextBridge.exposeInMainWorld('caseDesk', {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('contract:invoke', method, input),
  onProgress: (listener: (event: unknown) => void) => {
    const wrapped = (_e: unknown, event: unknown) => listener(event)
    ipcRenderer.on('contract:progress', wrapped)
    return () => ipcRenderer.removeListener('contract:progress', wrapped)
  },
})
