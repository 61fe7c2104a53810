/** Messages between the bench (which drives Chromium) and the app's own process. */
export interface Ready {
  kind: 'ready'
  port: number
  token: string
  /** The reviewer's first queue, in workbench order. */
  assignmentIds: number[]
}

/**
 * `insert` runs a bare INSERT after the process has been idle as long as it was before a save
 * (the saves' idle times in turn): both are timed from the same rest, not one warm and one cold.
 */
export type Request = { kind: 'insert' } | { kind: 'handlerMs' } | { kind: 'close' }

export interface Reply {
  kind: 'ms'
  ms: number
}
