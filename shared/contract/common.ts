import { z } from 'zod'
import { isIsoDate } from '../domain/calendar/iso-date'

/**
 * Years a date may have. Case files, holiday lists and campaigns of this desk lie well inside
 * 1990–2100; a year outside is a typing slip (0000, 2204) that would otherwise be stored and later
 * break every period computed from it.
 */
export const MIN_YEAR = 1990
export const MAX_YEAR = 2100

/** A real calendar date as YYYY-MM-DD (2023-02-30 and 2023-13-01 are refused) within the sane years. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isIsoDate, 'not a real calendar date')
  .refine((v) => {
    const year = Number(v.slice(0, 4))
    return year >= MIN_YEAR && year <= MAX_YEAR
  }, `expected a year from ${MIN_YEAR} to ${MAX_YEAR}`)
export const id = z.number().int().positive()
export const sha256 = z.string().regex(/^[0-9a-f]{64}$/)
export const pageRequest = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
})
export const empty = z.object({}).strict()
/**
 * A scoring change's own id, made by the client (a UUID) and sent unchanged with every retry of
 * that change: the server applies it once and answers a retry with the state it committed.
 */
export const changeId = z.uuid().optional()
export const ok = z.object({ ok: z.literal(true) })

/** Characters that show nothing: a name made only of them looks empty but is not. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g

/**
 * A lone UTF-16 surrogate is half of a character: it has no UTF-8 form, so the database would store
 * something else (U+FFFD) than was sent. The text helpers below refuse it.
 */
const LONE_SURROGATE = /\p{Cs}/u
export const isWellFormed = (v: string) => !LONE_SURROGATE.test(v)
export const LONE_SURROGATE_MESSAGE = 'contains a lone UTF-16 surrogate (half of a character)'

/**
 * A name or number people read: invisible characters removed, trimmed, then at least one visible
 * character and at most `max` of them. The one definition every name field of the contract uses.
 */
export function visibleText(max: number) {
  return z
    .string()
    .max(max * 4)
    .refine(isWellFormed, LONE_SURROGATE_MESSAGE)
    .transform((v) => v.replace(INVISIBLE, '').trim())
    .pipe(z.string().min(1, 'must contain visible characters').max(max))
}

/**
 * Free text (a reason, a note, a paragraph): at most `max` characters, trimmed unless told not to,
 * and never made only of invisible characters, which would look empty and not be.
 */
export function freeText(max: number, { trim = true } = {}) {
  return (trim ? z.string().trim() : z.string())
    .max(max)
    .refine(isWellFormed, LONE_SURROGATE_MESSAGE)
    .refine((v) => {
      const shown = v.replace(INVISIBLE, '')
      return shown === v || shown.trim() !== ''
    }, 'must not consist of invisible characters only')
}
