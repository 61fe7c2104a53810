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
  'file_not_regular',
  'file_too_large',
  'file_pages_missing',
  'file_too_many_pages',
  'image_too_large',
  'upload_too_large',
  'evaluation_locked',
  'evaluation_not_submitted',
  'lead_only',
  'adjudication_not_ready',
  'adjudication_incomplete',
  'blind_review',
  'campaign_not_draft',
  'campaign_not_started',
  'campaign_closed',
  'campaign_incomplete',
  'recusal',
  'no_eligible_reviewer',
  'too_few_reviewers',
  'case_evaluated',
  'document_is_evidence',
  'deduction_exceeds_max',
  'evidence_not_found',
  'import_invalid',
  'import_expired',
  'import_cancelled',
  'baseline_invalid',
  'duplicate_name',
  'duplicate_badge_number',
  'squad_in_use',
  'last_lead',
  'current_reviewer',
  'reviewer_inactive',
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
