import type { AppError } from '../errors'

/** The main thread asks a worker for one job at a time. */
export interface JobRequest {
  name: string
  input: unknown
}

/** What a worker answers while and after running it. */
export type JobMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'part'; part: unknown }
  | { kind: 'done'; value: unknown }
  | { kind: 'refused'; code: AppError['code']; params: AppError['params'] }
  | { kind: 'failed'; message: string }
