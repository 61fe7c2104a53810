import type { TFunction } from 'i18next'

/** Why a file could not be opened, in words a reviewer can act on. */
export function describeOpenError(t: TFunction, error: unknown): string {
  const e = error as { name?: string; message?: string; status?: number } | undefined
  switch (e?.name) {
    case 'InvalidPDFException':
    case 'FormatError':
      return t('viewer.broken')
    case 'FileReadError':
      return t('viewer.readFailed')
    case 'PasswordException':
      return t('viewer.encrypted')
    case 'MissingPDFException':
    case 'ResponseException':
    case 'UnexpectedResponseException':
      return t('viewer.missing', { status: e.status ?? '?' })
    default:
      return t('viewer.other', { reason: e?.message ?? String(error) })
  }
}
