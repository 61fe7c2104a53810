/** Messages between the bench (which drives Chromium) and the app's own process. */
export interface Ready {
  kind: 'ready'
  port: number
  token: string
  /** The reviewer's first queue, in workbench order. */
  assignmentIds: number[]
}

export type Request = { kind: 'insert' } | { kind: 'handlerMs' } | { kind: 'close' }

export interface Reply {
  kind: 'ms'
  ms: number
}
