import { useState } from 'react'
import { api, exportUrl, isDesktop } from '../api'
import { useFeedback } from './useFeedback'

function download(url: string, fileName: string) {
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
}

/**
 * Exports: the server writes the file into the exports folder; the desktop then shows it in its
 * folder, a browser downloads it. `busy` names the export under way; a failure is reported.
 */
export function useExport<Key extends string = 'export'>() {
  const { fail } = useFeedback()
  const [busy, setBusy] = useState<Key | null>(null)
  async function run<R extends { fileName: string }>(key: Key, write: () => Promise<R>, done: (result: R) => void) {
    setBusy(key)
    try {
      const result = await write()
      if (isDesktop()) await api.call('exports.reveal', { fileName: result.fileName })
      else download(exportUrl(result.fileName), result.fileName)
      done(result)
    } catch (err) {
      fail(err)
    } finally {
      setBusy(null)
    }
  }
  return { busy, run }
}
