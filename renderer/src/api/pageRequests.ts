import type { Envelope } from '../../../shared/contract/errors'
import type { ProgressEvent } from '../../../shared/contract/progress'
import { FILE_PICKS, type FilePick } from '../../../shared/contract/picks'
import type { PageRequest, PickAnswer } from '../../../shared/contract/socket'
import { MAX_UPLOAD_BYTES } from '../../../shared/contract/uploads'
import { bridgeToken, requireBridgeToken } from './token'
import { ApiError, networkError, toApiError } from './errors'

/** Progress of the uploads of one pick, told to the page's progress listeners. */
export const UPLOAD_TASK = 'uploads'

/**
 * The browser's file chooser; [] when the user cancels it. Null when the browser would not open
 * it: only a click of the user's just before may, and the bridge was too slow to ask.
 */
function chooseFiles(kind: FilePick): Promise<File[] | null> {
  if (!navigator.userActivation.isActive) return Promise.resolve(null)
  const { extensions, multiple } = FILE_PICKS[kind]
  const input = document.createElement('input')
  input.type = 'file'
  input.multiple = multiple
  input.accept = extensions.map((ext) => `.${ext}`).join(',')
  input.hidden = true
  document.body.append(input)
  return new Promise((resolve) => {
    const done = (files: File[]) => {
      input.remove()
      resolve(files)
    }
    input.addEventListener('change', () => done([...(input.files ?? [])]), { once: true })
    input.addEventListener('cancel', () => done([]), { once: true })
    input.click()
  })
}

async function readEnvelope(response: Response): Promise<Envelope<unknown>> {
  const text = await response.text()
  try {
    return JSON.parse(text) as Envelope<unknown>
  } catch {
    throw networkError(`HTTP ${response.status} ${text.slice(0, 200)}`)
  }
}

/** Streams one file to the bridge's /upload; returns the path of its copy there. */
async function uploadFile(file: File): Promise<string> {
  let response: Response
  try {
    response = await fetch(`/upload?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', Authorization: `Bearer ${requireBridgeToken()}` },
      body: file,
    })
  } catch (err) {
    throw networkError(err)
  }
  const envelope = (await readEnvelope(response)) as Envelope<{ path: string }>
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message)
  return envelope.value.path
}

/** Answers a pick: the files the user chooses, each uploaded (or why not), in the order chosen. */
async function pick(id: number, kind: FilePick, progress: (event: ProgressEvent) => void): Promise<PickAnswer> {
  const files = await chooseFiles(kind)
  if (files === null) return { picked: id, files: [], expired: true }
  const answered: PickAnswer['files'] = []
  for (const [i, file] of files.entries()) {
    if (file.size > MAX_UPLOAD_BYTES) answered.push({ fileName: file.name, tooLarge: true })
    else {
      try {
        answered.push({ fileName: file.name, path: await uploadFile(file) })
      } catch (err) {
        const error = toApiError(err)
        answered.push(error.code === 'upload_too_large' ? { fileName: file.name, tooLarge: true } : { fileName: file.name, failed: error.message.slice(0, 2000) })
      }
    }
    progress({ task: UPLOAD_TASK, done: i + 1, total: files.length })
  }
  return { picked: id, files: answered }
}

/** Downloads an export from the bridge's /exports, as a link the user clicked would. */
function download(fileName: string): void {
  const a = document.createElement('a')
  a.href = `/exports/${encodeURIComponent(fileName)}?token=${encodeURIComponent(bridgeToken() ?? '')}`
  a.download = fileName
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
}

/**
 * Does what the bridge asks of this page for a call it is running (the browser's side of the
 * backend's ports, electron/backend/bridge/page-ports.ts): choose files and upload them, or
 * download an export.
 */
export async function answerRequest(request: PageRequest, reply: (answer: PickAnswer) => void, progress: (event: ProgressEvent) => void): Promise<void> {
  if ('download' in request) return download(request.download.fileName)
  reply(await pick(request.pick.id, request.pick.kind, progress))
}
