import type { ErrorCode } from '../../../shared/contract/errors'

/** An expected failure with a stable code; its message is rendered in the UI language. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`)
  }
}

export type Entity = 'case' | 'squad' | 'officer' | 'document' | 'rubric' | 'campaign' | 'assignment' | 'evaluation' | 'deduction' | 'file' | 'reviewer' | 'veto' | 'typical_mark' | 'account' | 'rectification_notice' | 'rectification_problem' | 'av_record' | 'complaint'

export function notFound(what: Entity, id: number | string): AppError {
  return new AppError('not_found', { what, id })
}
