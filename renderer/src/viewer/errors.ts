import type { TFunction } from 'i18next'
import { TiffRenderError } from './tiff/document'

/** Why a file could not be opened: a sentence a reviewer can act on, and pdf.js's own words for a closer look. */
export interface OpenError {
  message: string
  /** The engine's technical reason (English), shown folded away, never in the sentence. */
  detail: string | null
}

export function describeOpenError(t: TFunction, error: unknown): OpenError {
  const e = error as { name?: string; message?: string; status?: number } | undefined
  const detail = e?.message ? `${e.name ?? 'Error'}: ${e.message}` : error ? String(error) : null
  switch (e?.name) {
    case 'InvalidPDFException':
    case 'FormatError':
      return { message: t('viewer.broken'), detail }
    case 'FileReadError':
      return { message: t('viewer.readFailed'), detail }
    case 'PasswordException':
      return { message: t('viewer.encrypted'), detail: null }
    case 'MissingPDFException':
    case 'ResponseException':
    case 'UnexpectedResponseException':
      return { message: t('viewer.missing', { status: e.status ?? '?' }), detail }
    default:
      return { message: t('viewer.other'), detail }
  }
}

/** Why one page cannot be drawn: for a TIFF page, what is wrong with it; for a PDF page, what to do (pdf.js's reason stays in the tooltip). */
export function describePageError(t: TFunction, page: number, error: unknown): string {
  if (error instanceof TiffRenderError) return t('viewer.pageFailed', { page, reason: t(`viewer.tiff.${error.reason}`, { detail: error.detail }) })
  return t('viewer.renderFailed', { page })
}
