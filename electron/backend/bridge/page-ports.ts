import type { PickedFile, SystemPorts } from '../services/context'
import { AppError } from '../services/errors'
import { discardUpload, isUpload } from '../services/uploads'
import { limitText } from '../services/documents/limits'
import { FILE_PICKS } from '../../../shared/contract/picks'
import type { PageRequest, PickAnswer } from '../../../shared/contract/socket'

export interface PagePorts {
  /** What the page's calls run with. */
  ports: SystemPorts
  /** The page answered a pick. */
  answer(answer: PickAnswer): void
  /** The page has gone: picks still waiting fail. */
  close(): void
}

/**
 * The browser's adapter of the system ports, one per page: a pick asks the page whose call is
 * running to choose files and upload them to /upload, then waits for its answer; an export is
 * downloaded by that page. The picked files reach the handler as upload copies, which it deletes
 * once read (`withUpload`).
 */
export function pagePorts(send: (request: PageRequest) => void, dataDir: string, maxUploadBytes: number): PagePorts {
  let nextId = 1
  let closed = false
  const waiting = new Map<number, { resolve: (answer: PickAnswer) => void; reject: (err: Error) => void }>()
  const discard = (files: PickAnswer['files']) => Promise.all(files.map((file) => ('path' in file ? discardUpload(dataDir, file.path) : undefined)))

  async function received(answer: PickAnswer, multiple: boolean): Promise<PickedFile[]> {
    if (answer.expired) throw new AppError('pick_expired')
    // A page names only its own uploads: any other path is refused, and the uploads go.
    if (answer.files.some((file) => 'path' in file && !isUpload(dataDir, file.path))) {
      await discard(answer.files)
      throw new AppError('invalid_input', { detail: 'a picked file is not an upload' })
    }
    const kept = multiple ? answer.files : answer.files.slice(0, 1)
    await discard(answer.files.slice(kept.length))
    return kept.map((file) => {
      if ('path' in file) return file
      const refused = 'tooLarge' in file ? new AppError('upload_too_large', { fileName: file.fileName, limit: limitText(maxUploadBytes) }) : new AppError('internal', { detail: file.failed })
      return { fileName: file.fileName, refused }
    })
  }

  return {
    ports: {
      pickFiles: async (kind) => {
        if (closed) throw new Error('the page has closed')
        const id = nextId++
        const answer = await new Promise<PickAnswer>((resolve, reject) => {
          waiting.set(id, { resolve, reject })
          send({ pick: { id, kind } })
        })
        return received(answer, FILE_PICKS[kind].multiple)
      },
      deliverExport: async ({ fileName }) => send({ download: { fileName } }),
    },
    answer(answer) {
      const pick = waiting.get(answer.picked)
      waiting.delete(answer.picked)
      // An answer no call waits for (a repeat, a made-up id) leaves no upload behind.
      if (pick) pick.resolve(answer)
      else void discard(answer.files).catch((err) => console.warn('[uploads] could not delete', err))
    },
    close() {
      closed = true
      for (const pick of waiting.values()) pick.reject(new Error('the page closed before it answered'))
      waiting.clear()
    },
  }
}
