import type { z } from 'zod'
import { rubricSchema } from './rubric'

/** Every problem rubricSchema can find, named so that people can be told in their language. */
export const RUBRIC_RULES = [
  'cutoffsOrder',
  'sectionsTotal',
  'itemsTotal',
  'duplicateId',
  'itemNumbering',
  'duplicateCategory',
  'unknownCategory',
  'duplicateOptionId',
  'optionRange',
  'optionOverMax',
  'tenths',
  'positive',
  'required',
  'emptyList',
  'idFormat',
  'codeFormat',
  'optionShape',
  'unknownAutoCheck',
  'unknownField',
  'wrongType',
  'other',
] as const
export type RubricRule = (typeof RUBRIC_RULES)[number]

export type RubricPath = (string | number)[]

export interface RubricIssue {
  rule: RubricRule
  /** Where in the rubric, e.g. ['sections', 0, 'items', 1, 'maxPoints']. */
  path: RubricPath
  /** What the message needs: ids, sums, limits. */
  values: Record<string, string>
  /** The schema's own words, kept for rules without a translation. */
  message: string
}

// The schema's refinements speak English; these patterns name them, so that the editor and the
// server judge a rubric by the same code. tests/unit/rubric.test.ts triggers each one.
const CUSTOM_RULES: [RubricRule, RegExp, string[]][] = [
  ['cutoffsOrder', /^cut-offs must be ordered/, []],
  ['sectionsTotal', /^section points add up to ([\d.]+), not ([\d.]+)$/, ['sum', 'total']],
  ['itemsTotal', /^items of (\S+) add up to ([\d.]+), not ([\d.]+)$/, ['section', 'sum', 'points']],
  ['duplicateId', /^duplicate id (.+)$/, ['id']],
  ['itemNumbering', /^item (\S+) is not numbered under (\S+)$/, ['id', 'section']],
  ['duplicateCategory', /^duplicate problem category$/, []],
  ['unknownCategory', /^unknown category (.+)$/, ['category']],
  ['duplicateOptionId', /^duplicate option id (\S+) in (\S+)$/, ['option', 'item']],
  ['optionRange', /^range of ([^/\s]+)\/(\S+) must satisfy 0 < min <= max <= ([\d.]+)$/, ['item', 'option', 'max']],
  ['optionOverMax', /^points of ([^/\s]+)\/(\S+) exceed the item maximum ([\d.]+)$/, ['item', 'option', 'max']],
  ['tenths', /^points must be a multiple of 0\.1$/, []],
]

function valueAt(data: unknown, path: RubricPath): unknown {
  let node = data
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<PropertyKey, unknown>)[key]
  }
  return node
}

function classify(issue: ZodIssue, data: unknown): Pick<RubricIssue, 'rule' | 'values'> {
  switch (issue.code) {
    case 'custom':
      for (const [rule, pattern, names] of CUSTOM_RULES) {
        const match = pattern.exec(issue.message)
        // Every group of these patterns takes part in a match.
        if (match) return { rule, values: Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ''])) }
      }
      return { rule: 'other', values: {} }
    case 'too_small':
      if (issue.origin === 'number') return { rule: 'positive', values: {} }
      if (issue.origin === 'array') return { rule: 'emptyList', values: {} }
      return { rule: 'required', values: {} }
    case 'invalid_type': {
      const value = valueAt(data, issue.path as RubricPath)
      return { rule: value === undefined || value === null || value === '' ? 'required' : 'wrongType', values: { expected: issue.expected } }
    }
    case 'invalid_format': {
      if (issue.path.at(-1) === 'code') return { rule: 'codeFormat', values: {} }
      const example = /like (\S+)$/.exec(issue.message)?.[1] ?? ''
      return { rule: 'idFormat', values: { example } }
    }
    case 'invalid_union':
      return { rule: 'optionShape', values: {} }
    case 'invalid_value':
      return { rule: 'unknownAutoCheck', values: { value: String(valueAt(data, issue.path as RubricPath)) } }
    case 'unrecognized_keys':
      return { rule: 'unknownField', values: { keys: issue.keys.join(', ') } }
    default:
      return { rule: 'other', values: {} }
  }
}

type ZodIssue = z.core.$ZodIssue

/**
 * A deduction option that fits neither kind is reported against the kind it comes closest to
 * (fewest problems), so a range missing its maximum says just that. A tie stays one issue.
 */
function flatten(issue: ZodIssue, base: PropertyKey[] = []): ZodIssue[] {
  const path = [...base, ...issue.path]
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const sizes = issue.errors.map((branch) => branch.length)
    const fewest = Math.min(...sizes)
    const branch = issue.errors[sizes.indexOf(fewest)]
    if (branch && sizes.filter((n) => n === fewest).length === 1) return branch.flatMap((inner) => flatten(inner, path))
  }
  return [{ ...issue, path }]
}

/**
 * Checks a rubric, or a draft of one, with rubricSchema and names each problem. Empty when the
 * rubric can be published. Cross-field rules (sums, ids) run once every field has the right type.
 */
export function rubricIssues(data: unknown): RubricIssue[] {
  const result = rubricSchema.safeParse(data)
  if (result.success) return []
  return result.error.issues.flatMap((issue) => flatten(issue)).map((issue) => ({
    ...classify(issue, data),
    path: issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
    message: issue.message,
  }))
}

/** Whether an issue belongs to the field or group at `path` (or to something inside it). */
export function issueWithin(issue: RubricIssue, path: RubricPath): boolean {
  return path.every((key, i) => issue.path[i] === key)
}
