import { parentPort } from 'node:worker_threads'
import { AppError } from '../errors'
import { JOBS, type JobIo, type JobName } from './jobs'
import type { JobMessage, JobRequest } from './messages'

// The worker thread's entry: runs the jobs the pool sends, one at a time (services/workers/pool.ts).
const port = parentPort
if (!port) throw new Error('services/workers/entry runs only as a worker thread')

const send = (message: JobMessage, transfer: ArrayBufferLike[] = []) => port.postMessage(message, transfer as ArrayBuffer[])

port.on('message', async ({ name, input }: JobRequest) => {
  const transfer: ArrayBufferLike[] = []
  let percent = -1
  const io: JobIo = {
    // At most one message per percent: a 1 GB file is read in a thousand chunks.
    progress(done, total) {
      const now = total > 0 ? Math.floor((done / total) * 100) : 100
      if (now === percent) return
      percent = now
      send({ kind: 'progress', done, total })
    },
    part: (part) => send({ kind: 'part', part }),
    transfer: (buffer) => void transfer.push(buffer),
  }
  try {
    const run = JOBS[name as JobName] as (input: unknown, io: JobIo) => Promise<unknown>
    const value = await run(input, io)
    send({ kind: 'done', value }, transfer)
  } catch (err) {
    if (err instanceof AppError) send({ kind: 'refused', code: err.code, params: err.params })
    else send({ kind: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) })
  }
})
