import { z } from 'zod'
import { method, domain } from './define'
import { id, empty, visibleText } from './common'
import { RUBRIC_NAME_MAX, rubricSchema, REVIEW_TARGETS } from '../domain/rubric'
import { exportResult } from './exports'

/** A published rubric version, and what it scores (ADR 0013). */
export const rubricSummary = z.object({ id, code: z.string(), version: z.number().int(), name: z.string(), target: z.enum(REVIEW_TARGETS), publishedAt: z.string() })
/** A list row also says how many evaluations were scored against that version. */
export const rubricListRow = rubricSummary.extend({ evaluationCount: z.number().int().nonnegative() })

export const rubricsContract = domain('rubrics', {
  list: method(empty, z.array(rubricListRow)),
  get: method(z.object({ id }), rubricSummary.extend({ body: rubricSchema })),
  /** Publishes an edited rubric as the next version of its code; evaluations keep the version they used. */
  publish: method(z.object({ body: rubricSchema }), rubricSummary),
  /** Copies a rubric under a new code (e.g. a special rubric for 行政强制 or 简易程序 cases), version 1. */
  duplicate: method(
    z.object({ id, code: z.string().trim().max(40).pipe(rubricSchema.shape.code), name: visibleText(RUBRIC_NAME_MAX) }),
    rubricSummary,
  ),
  /** Writes the rubric as a JSON file into the exports folder. */
  exportJson: method(z.object({ id }), exportResult),
  /** Publishes a rubric from JSON text (a file exported here or written by hand). */
  importJson: method(z.object({ json: z.string().min(2).max(2_000_000) }), rubricSummary),
})
