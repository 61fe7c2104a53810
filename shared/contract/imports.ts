import { z } from 'zod'
import { method, domain } from './define'
import { ok, visibleText } from './common'
import { ENFORCEMENT_DOMAINS } from './cases'
import { IMPORT_FIELD_KEYS, IMPORT_TARGETS } from '../domain/imports/fields'

/** Bounds of a file to import: larger ones are refused with these figures in the message. */
export const IMPORT_LIMITS = { megabytes: 20, rows: 50_000, columns: 200 } as const
/** How many rows the preview shows as they will be stored, and how many problems and changes it lists at most. */
export const PREVIEW_ROWS = 20
export const MAX_LISTED = 2000

export const TABLE_ENCODINGS = ['xlsx', 'utf-8', 'utf-8-bom', 'gb18030', 'utf-16le'] as const

const sessionId = z.string().uuid()
const mapping = z.partialRecord(z.enum(IMPORT_FIELD_KEYS as [string, ...string[]]), z.number().int().min(0).max(IMPORT_LIMITS.columns - 1).nullable())

export const importOptions = z.object({
  sessionId,
  mapping,
  /** Used for cases whose domain neither a column nor the violation tells. */
  defaultDomain: z.enum(ENFORCEMENT_DOMAINS).nullable().default(null),
  /** Add squads and officers the file names but the workspace does not have. */
  createMissing: z.boolean().default(false),
})

export const importProblem = z.object({
  /** The row as the spreadsheet numbers it (header included); null for the file as a whole. */
  row: z.number().int().nullable(),
  /** The file's header text of the column, or null. */
  column: z.string().nullable(),
  field: z.string().nullable(),
  message: z.string(),
  /** Errors stop the import; warnings (e.g. dates out of procedural order) are stored as they are. */
  severity: z.enum(['error', 'warning']),
})
export type ImportProblem = z.output<typeof importProblem>

const fieldChange = z.object({ field: z.string(), before: z.string(), after: z.string() })

export const importPreview = z.object({
  counts: z.object({
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    /** Rows with at least one error. */
    invalid: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
  }),
  problems: z.array(importProblem),
  /** The first rows as they will be stored, values as shown to a person. */
  rows: z.array(
    z.object({
      row: z.number().int(),
      key: z.string(),
      action: z.enum(['create', 'update', 'unchanged', 'invalid']),
      values: z.record(z.string(), z.string()),
      changed: z.array(z.string()),
    }),
  ),
  /** Records the import changes, with each changed field before and after. */
  changes: z.array(z.object({ row: z.number().int(), key: z.string(), fields: z.array(fieldChange) })),
  /** Squads and officers named in the file but not in the workspace (created only with createMissing). */
  missing: z.object({ squads: z.array(z.string()), officers: z.array(z.object({ name: z.string(), squad: z.string() })) }),
})
export type ImportPreview = z.output<typeof importPreview>

export const importOpened = z.object({
  sessionId,
  target: z.enum(IMPORT_TARGETS),
  fileName: z.string(),
  /** How the text was read: xlsx, or the CSV's encoding. */
  encoding: z.enum(TABLE_ENCODINGS),
  headerRow: z.number().int(),
  headers: z.array(z.string()),
  rowCount: z.number().int(),
  /** A few data rows as text, to help with the mapping. */
  sample: z.array(z.array(z.string())),
  mapping: z.record(z.string(), z.number().int().nullable()),
  /** The mapping came from the last import of this kind. */
  remembered: z.boolean(),
})
export type ImportOpened = z.output<typeof importOpened>

export const importResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  createdSquads: z.number().int(),
  createdOfficers: z.number().int(),
  warnings: z.number().int(),
})
export type ImportResult = z.output<typeof importResult>

export const importsContract = domain('imports', {
  /** Reads a register (or a list of officers or reviewers) from xlsx or CSV and guesses the mapping; null when the dialog was cancelled. */
  open: method(
    z.object({
      target: z.enum(IMPORT_TARGETS),
      path: z.string().min(1).max(4096).optional(),
      fileName: visibleText(255).optional(),
    }),
    importOpened.nullable(),
  ),
  /** Every problem by row and column and what would change, before anything is written. */
  preview: method(importOptions, importPreview),
  /** Writes it all in one transaction (all or nothing), remembers the mapping, audited. Reports progress as `imports.commit`. */
  commit: method(importOptions, importResult),
  /** Stops an import in flight; what it wrote so far is rolled back. */
  cancel: method(z.object({ sessionId }), ok),
  /** Forgets a file that was opened but will not be imported. */
  close: method(z.object({ sessionId }), ok),
})
