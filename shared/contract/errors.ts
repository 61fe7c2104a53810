/** Stable error codes: the renderer translates them; tests assert on them. */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'case_in_campaign',
  'conflict',
  'duplicate_case_number',
  'duplicate_file',
  'file_unreadable',
  'file_empty',
  'file_type_mismatch',
  'file_unsupported',
  'file_encrypted',
  'file_broken',
  'evaluation_locked',
  'evaluation_not_submitted',
  'lead_only',
  'deduction_exceeds_max',
  'import_invalid',
  'baseline_invalid',
  'desktop_only',
  'unauthorized',
  'forbidden_origin',
  'internal',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface AppErrorShape {
  code: ErrorCode
  message: string
  details?: unknown
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape }
