import i18n from '../i18n'

/** A failed contract call: `code` is stable (see shared/contract/errors.ts), `message` is for people. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** Technical detail kept out of the message (e.g. why a PDF engine refused a file), for a folded view. */
    readonly details?: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export function networkError(detail: unknown): ApiError {
  const reason = detail instanceof Error ? detail.message : String(detail)
  return new ApiError('network', i18n.t('errors.network', { reason }))
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err
  return new ApiError('internal', err instanceof Error ? err.message : String(err))
}
