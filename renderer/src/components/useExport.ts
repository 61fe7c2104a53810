import { useState } from 'react'
import { useFeedback } from './useFeedback'

/**
 * Exports: the server writes the file into the exports folder and hands it to the user (shown in
 * its folder, or downloaded by a browser). `busy` names the export under way; a failure is reported.
 */
export function useExport<Key extends string = 'export'>() {
  const { fail } = useFeedback()
  const [busy, setBusy] = useState<Key | null>(null)
  async function run<R extends { fileName: string }>(key: Key, write: () => Promise<R>, done: (result: R) => void) {
    setBusy(key)
    try {
      done(await write())
    } catch (err) {
      fail(err)
    } finally {
      setBusy(null)
    }
  }
  return { busy, run }
}
