import { z } from 'zod'
import type { Envelope } from './errors'
import type { ProgressEvent } from './progress'
import { MAX_PICKED_FILES, type FilePick } from './picks'

/**
 * The browser bridge's socket (`/socket`), its counterpart of IPC: the page sends calls, the
 * bridge answers each by its id, pushes progress events, and asks the page for what a running
 * call needs of it (`PageRequest`).
 */
export interface SocketCall {
  id: number
  method: string
  input: unknown
}

/**
 * What the bridge asks of the page whose call is running, where only the page can act: choose
 * files and upload them (the page answers with a `PickAnswer`), or download an export.
 */
export type PageRequest = { pick: { id: number; kind: FilePick } } | { download: { fileName: string } }

export type SocketReply = { id: number; envelope: Envelope<unknown> } | { progress: ProgressEvent } | { request: PageRequest }

const fileName = z.string().min(1).max(255)

/**
 * The page's answer to the pick of that id: each chosen file as the path of its upload, or why it
 * was not uploaded. `expired`: the browser would not open its chooser (no click of the user's just before).
 */
export const pickAnswer = z.object({
  picked: z.number().int().positive(),
  files: z
    .array(
      z.union([
        z.object({ fileName, path: z.string().min(1).max(4096) }),
        z.object({ fileName, tooLarge: z.literal(true) }),
        z.object({ fileName, failed: z.string().max(2000) }),
      ]),
    )
    .max(MAX_PICKED_FILES),
  expired: z.literal(true).optional(),
})
export type PickAnswer = z.output<typeof pickAnswer>

/** The largest message either side accepts. */
export const MAX_SOCKET_MESSAGE_BYTES = 10 * 1024 * 1024
