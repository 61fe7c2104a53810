import { z } from 'zod'
import { method, domain } from './define'
import { empty, freeText, visibleText } from './common'
import { CASE_DATE_FIELDS } from './cases'
import { exportResult } from './exports'
import { discretionTableShape } from '../domain/discretion/baseline'

/** A spreadsheet to import: a path on this computer (scripts and tests), or none to ask the user for one. */
export const importSource = z.object({
  path: z.string().min(1).optional(),
  /** The name the user knows the file by, when `path` is an upload's copy. */
  fileName: visibleText(255).optional(),
})

const limitFields = {
  days: z.number().int().min(0).max(3650),
  kind: z.enum(['working', 'calendar']),
  article: freeText(200).min(1),
  enabled: z.boolean(),
}
const closingFrom = z.array(z.enum(CASE_DATE_FIELDS)).min(1).max(CASE_DATE_FIELDS.length)
const maxExtensionDays = z.number().int().min(0).max(3650)

const limitInput = z.strictObject(limitFields).partial()
/** Any part of the deadline config; what is left out keeps its default. */
export const deadlineConfigInput = z.strictObject({
  filing: limitInput.optional(),
  decision: limitInput.optional(),
  service: limitInput.optional(),
  closing: limitInput.extend({ from: closingFrom.optional() }).optional(),
  archiving: limitInput.optional(),
  seizure: limitInput.extend({ maxExtensionDays: maxExtensionDays.optional() }).optional(),
  publicity: limitInput.optional(),
})

const limit = z.object({ ...limitFields, basis: z.enum(['statute', 'bureau_rule']) })
export const deadlineConfig = z.object({
  filing: limit,
  decision: limit,
  service: limit,
  closing: limit.extend({ from: closingFrom }),
  archiving: limit,
  seizure: limit.extend({ maxExtensionDays }),
  publicity: limit,
})
const deadlineSettings = z.object({ config: deadlineConfig, defaults: deadlineConfig })

export const settingsContract = domain('settings', {
  /** The discretion baseline (裁量基准) in force; the shipped example until the bureau replaces it. */
  discretion: method(empty, discretionTableShape),
  /** Saves an edited baseline; every row is checked and a refusal names it. Audited. */
  setDiscretion: method(z.object({ table: discretionTableShape }), discretionTableShape),
  /** Replaces the baseline from an xlsx sheet (one row per tier), all or nothing; null when the dialog was cancelled. */
  importDiscretion: method(importSource, z.object({ table: discretionTableShape, rows: z.number().int() }).nullable()),
  /** Writes the baseline in force, or an empty template, as xlsx into the exports folder. */
  exportDiscretion: method(z.object({ template: z.boolean().default(false) }), exportResult),
  /** The time limits the deadline checks use, with the shipped defaults beside them. */
  deadlines: method(empty, deadlineSettings),
  setDeadlines: method(z.object({ config: deadlineConfigInput }), deadlineSettings),
})
