import { AppError } from '../errors'
import { inspectImage } from './inspect-image'
import { inspectPdf } from './inspect-pdf'
import { inspectTiff } from './inspect-tiff'
import { mimeFromName, sniffContent, type Sniffed } from './sniff'
import type { DocumentMime } from './types'

const MIME_LABELS: Record<Sniffed, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/tiff': 'TIFF',
  unknown: '未知格式',
}

/** Pages checked so far of those to check (a PDF's page lookups; an image is one step). */
export type InspectProgress = (done: number, total: number) => void

function inspectContent(bytes: Uint8Array, mime: DocumentMime, fileName: string, progress?: InspectProgress): Promise<{ pageCount: number }> | { pageCount: number } {
  if (mime === 'application/pdf') return inspectPdf(bytes, fileName, progress)
  if (mime === 'image/tiff') return inspectTiff(bytes, fileName)
  return inspectImage(bytes, mime, fileName)
}

/**
 * Checks that the file is a scan we can show, and counts its pages. Throws a clear AppError.
 * A PDF's bytes are taken over by the PDF engine: read them only before this.
 */
export async function inspectFile(bytes: Uint8Array, fileName: string, progress?: InspectProgress): Promise<{ mime: DocumentMime; pageCount: number }> {
  if (bytes.length === 0) throw new AppError('file_empty', { fileName })
  const claimed = mimeFromName(fileName)
  const actual = sniffContent(bytes.subarray(0, 1024))
  if (!claimed) throw new AppError('file_unsupported', { fileName })
  if (actual !== claimed) {
    if (claimed === 'application/pdf' && actual === 'unknown') throw new AppError('file_broken', { fileName, detail: 'no PDF header' })
    throw new AppError('file_type_mismatch', { fileName, actual: MIME_LABELS[actual] })
  }
  // Told at once: opening a damaged PDF can take pdf.js many seconds before the first page is counted.
  progress?.(0, 1)
  const { pageCount } = await inspectContent(bytes, claimed, fileName, progress)
  return { mime: claimed, pageCount }
}
