import type { DocumentMime } from './types'

const EXTENSIONS: Record<string, DocumentMime> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tif: 'image/tiff',
  tiff: 'image/tiff',
}

export type Sniffed = DocumentMime | 'unknown'

/** What the bytes are, whatever the name says. */
export function sniffContent(head: Uint8Array): Sniffed {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b)
  // A PDF header may follow a little junk (allowed by readers within the first 1 KB).
  const text = new TextDecoder('latin1').decode(head.subarray(0, 1024))
  if (text.includes('%PDF-')) return 'application/pdf'
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg'
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png'
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'image/tiff'
  return 'unknown'
}

export function mimeFromName(fileName: string): DocumentMime | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? ''
  return EXTENSIONS[ext] ?? null
}
