import type { Envelope } from './errors'
import type { ProgressEvent } from './progress'

/**
 * The browser bridge's socket (`/socket`), its counterpart of IPC: the page sends calls, the
 * bridge answers each by its id and pushes progress events.
 */
export interface SocketCall {
  id: number
  method: string
  input: unknown
}

export type SocketReply = { id: number; envelope: Envelope<unknown> } | { progress: ProgressEvent }

/** The largest message either side accepts. */
export const MAX_SOCKET_MESSAGE_BYTES = 10 * 1024 * 1024
