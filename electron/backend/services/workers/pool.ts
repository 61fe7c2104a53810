import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { AppError } from '../errors'
import type { JobInput, JobName, JobOutput } from './jobs'
import type { JobMessage, JobRequest } from './messages'

/**
 * How long each job may run before its worker is stopped. A sound file stays far below; a
 * damaged one can hold pdf.js for minutes (a 300 MB PDF with a broken index: over 100 s and 4 GB).
 */
export const JOB_LIMITS_MS: Record<JobName, number> = {
  // Disk speed: 1 GB (the attach limit) from a slow USB stick or share at 10 MB/s.
  'file.read': 120_000,
  // A sound 1 GB scan opens in a few seconds, and 10,000 pages are counted in about 2 s.
  'file.inspect': 30_000,
  // exceljs read a 200,000-row workbook (under the 20 MB import limit) in 12.7 s before its rows were counted.
  'table.read': 60_000,
}

/**
 * Heap each worker may use; past it the worker is stopped, not the app. pdf.js rebuilding the index
 * of a damaged 300 MB scan took 1.4 GB in all on the test machine.
 */
export const WORKER_HEAP_MB = 2048
/** Two cores are common on the bureau's PCs: one job each, the main thread keeps answering. */
const MAX_WORKERS = 2
/** An idle worker is kept this long (pdf.js is compiled once per worker), then its memory is given back. */
const IDLE_MS = 30_000

/** A job stopped at its limit: it ran too long or needed too much memory. */
export class JobStopped extends Error {
  constructor(
    readonly reason: 'time' | 'memory',
    /** Milliseconds, or megabytes of heap. */
    readonly limit: number,
  ) {
    super(reason === 'time' ? `stopped after ${limit} ms` : `stopped at ${limit} MB of heap`)
  }
}

let builtEntry: string | undefined

/** The bundled app's worker script (electron-vite builds it beside the main entry). Not called when running from the sources. */
export function useWorkerEntry(path: string): void {
  builtEntry = path
}

function spawn(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }
  if (builtEntry) return new Worker(builtEntry, options)
  // From the sources (tsx, vitest, the bridge's dev server): the TypeScript entry, compiled by tsx as it loads.
  const source = join(__dirname, 'entry.ts')
  if (!existsSync(source)) throw new Error('no worker entry: a bundled main process must call useWorkerEntry')
  const tsx = createRequire(__filename).resolve('tsx/cjs/api')
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)})`, { ...options, eval: true })
}

const idle = new Map<Worker, NodeJS.Timeout>()
const waiting: (() => void)[] = []
let busy = 0

async function acquire(): Promise<Worker> {
  while (busy >= MAX_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve))
  busy++
  const [kept] = idle
  if (kept) {
    clearTimeout(kept[1])
    idle.delete(kept[0])
    return kept[0]
  }
  try {
    const worker = spawn()
    // Idle workers do not keep a script alive; a running job's time limit does.
    worker.unref()
    // An error outside a job (none is expected) is logged rather than left to crash the main process.
    worker.on('error', (err) => console.warn('[workers]', err))
    worker.on('exit', () => {
      clearTimeout(idle.get(worker))
      idle.delete(worker)
    })
    return worker
  } catch (err) {
    release(null)
    throw err
  }
}

function release(worker: Worker | null) {
  busy--
  if (worker) idle.set(worker, setTimeout(() => void worker.terminate(), IDLE_MS).unref())
  waiting.shift()?.()
}

export interface JobOptions {
  /** Buffers in the input handed to the worker without a copy (unusable here afterwards). */
  transfer?: ArrayBufferLike[]
  onProgress?(done: number, total: number): void
  onPart?(part: unknown): void
}

/**
 * Runs a job in a worker thread, so the main thread keeps answering other calls. Rejects with the
 * job's AppError, with JobStopped at its time or memory limit (the worker is terminated), or with
 * an Error when the job failed otherwise.
 */
export async function runJob<N extends JobName>(name: N, input: JobInput<N>, options: JobOptions = {}): Promise<JobOutput<N>> {
  const worker = await acquire()
  return new Promise((resolve, reject) => {
    let settled = false
    const finish = (keep: boolean, outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      worker.off('message', onMessage).off('error', onError).off('exit', onExit)
      if (!keep) void worker.terminate()
      release(keep ? worker : null)
      outcome()
    }
    const limit = JOB_LIMITS_MS[name]
    const timer = setTimeout(() => finish(false, () => reject(new JobStopped('time', limit))), limit)
    const onMessage = (m: JobMessage) => {
      if (m.kind === 'progress') options.onProgress?.(m.done, m.total)
      else if (m.kind === 'part') options.onPart?.(m.part)
      else if (m.kind === 'done') finish(true, () => resolve(m.value as JobOutput<N>))
      else if (m.kind === 'refused') finish(true, () => reject(new AppError(m.code, m.params)))
      else finish(true, () => reject(new Error(`${name}: ${m.message}`)))
    }
    const onError = (err: Error & { code?: string }) => finish(false, () => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new JobStopped('memory', WORKER_HEAP_MB) : err))
    const onExit = (code: number) => finish(false, () => reject(new Error(`${name}: the worker exited (${code})`)))
    worker.on('message', onMessage).once('error', onError).once('exit', onExit)
    try {
      worker.postMessage({ name, input } satisfies JobRequest, (options.transfer ?? []) as ArrayBuffer[])
    } catch (err) {
      finish(true, () => reject(err))
    }
  })
}
