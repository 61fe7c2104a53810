import type { TiffFailure } from './decode'

/** What the viewer asks of the TIFF worker. Pages are 1-based; sizes in device pixels of the unrotated page. */
export type TiffRequest =
  | { type: 'open'; url: string }
  | { type: 'render'; id: number; page: number; width: number; height: number }
  | { type: 'cancel'; id: number }

export type TiffReply =
  | { type: 'opened'; pages: { width: number; height: number }[] }
  | { type: 'openFailed'; message: string; status: number | null }
  | { type: 'rendered'; id: number; bitmap: ImageBitmap }
  | { type: 'renderFailed'; id: number; reason: TiffFailure; detail: string }
