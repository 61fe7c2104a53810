import type { Locale } from '../../../../shared/contract/workspace'
import type { Cell } from '../../../../shared/domain/imports/values'
import { inspectFile } from '../documents/inspect'
import { readSource } from '../documents/read-source'
import { parseTableFile } from '../settings/table-parse'

/** What a job may do besides returning: tell its progress, send its result in parts, hand buffers over without a copy. */
export interface JobIo {
  progress(done: number, total: number): void
  part(part: unknown): void
  transfer(buffer: ArrayBufferLike): void
}

/** Rows sent to the main thread at a time: each message is decoded there in one go. */
const ROWS_PER_PART = 2_000

/** The jobs a worker runs: each takes plain data and returns plain data (or throws an AppError). */
export const JOBS = {
  /** A file to attach read and hashed; its bytes go back without a copy. */
  'file.read': async ({ path, fileName, limit }: { path: string; fileName: string; limit: number }, io: JobIo) => {
    const read = await readSource(path, fileName, limit, io.progress)
    io.transfer(read.bytes.buffer)
    return read
  },

  /** A scan checked and its pages counted, by its bytes (taken over by pdf.js). */
  'file.inspect': ({ bytes, fileName }: { bytes: Uint8Array; fileName: string }, io: JobIo) => inspectFile(bytes, fileName, io.progress),

  /** A table file parsed; its rows are sent as parts (Cell[][] each), the answer says how it was read. */
  'table.read': async ({ path, fileName, locale }: { path: string; fileName: string; locale: Locale }, io: JobIo) => {
    const { rows, encoding } = await parseTableFile(path, fileName, locale)
    for (let at = 0; at < rows.length; at += ROWS_PER_PART) {
      io.part(rows.slice(at, at + ROWS_PER_PART) satisfies Cell[][])
      io.progress(Math.min(at + ROWS_PER_PART, rows.length), rows.length)
    }
    return { encoding, rowCount: rows.length }
  },
}

export type JobName = keyof typeof JOBS
export type JobInput<N extends JobName> = Parameters<(typeof JOBS)[N]>[0]
export type JobOutput<N extends JobName> = Awaited<ReturnType<(typeof JOBS)[N]>>
