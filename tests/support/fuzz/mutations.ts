import type { z } from 'zod'
import { HOSTILE_INPUTS, HOSTILE_VALUES } from './hostile-values'

/** The parts of zod's schema definitions the walk reads. */
interface Def {
  type: string
  innerType?: z.ZodType
  in?: z.ZodType
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  entries?: Record<string, string | number>
  values?: unknown[]
  options?: z.ZodType[]
  items?: z.ZodType[]
}
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def

/** A value for a field, by its name, from the workspace under test (a real case id for `caseId`). */
export type Hint = (key: string) => unknown

const accepts = (schema: z.ZodType, value: unknown) => value !== undefined && schema.safeParse(value).success
// Plain text, a date, a UUID, a SHA-256: the first one a string's schema accepts is used.
const STRINGS = ['测试文字', '2024-02-15', 'abc', '0f8fad5b-d9cb-469f-a165-70867728950e', 'ab'.repeat(32)]
const NUMBERS = [1, 5, 100, 2024, 0]

/**
 * A valid input for a schema, field by field: the hint for the field's name when the schema
 * accepts it, else the first plain value that it accepts. Optional fields are filled in too, so
 * each of them is attacked. `variant` picks the option of every union (a campaign or a period, a
 * deduction or a veto), so each option is attacked in one of the variants.
 */
export function sampleInput(schema: z.ZodType, hint: Hint, variant = 0, key = ''): unknown {
  const hinted = hint(key)
  if (accepts(schema, hinted)) return hinted
  const def = defOf(schema)
  const sample = (s: z.ZodType, k = key) => sampleInput(s, hint, variant, k)
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'prefault':
    case 'nonoptional':
      return sample(def.innerType!)
    case 'pipe': {
      const inner = sample(def.in!)
      return accepts(schema, inner) ? inner : [...STRINGS, ...NUMBERS].find((v) => accepts(schema, v))
    }
    case 'object':
      return Object.fromEntries(Object.entries(def.shape!).map(([k, s]) => [k, sample(s, k)]))
    case 'array':
      // squadIds → squadId: an element is named as one of the list.
      return [sample(def.element!, key.replace(/s$/, ''))]
    case 'tuple':
      return def.items!.map((s) => sample(s))
    case 'enum':
      return Object.values(def.entries!)[0]
    case 'literal':
      return def.values![0]
    case 'union': {
      const options = def.options!.map((o) => sample(o))
      const chosen = options[variant % options.length]
      return accepts(schema, chosen) ? chosen : options.find((v) => accepts(schema, v))
    }
    case 'record':
      return {}
    case 'boolean':
      return true
    case 'number':
      return NUMBERS.find((v) => accepts(schema, v))
    case 'string':
      return STRINGS.find((v) => accepts(schema, v))
    default:
      return undefined
  }
}

export type Path = (string | number)[]

/** Every place in a value to attack: the value itself, every field, and the first element of each list. */
export function pathsOf(value: unknown, at: Path = []): Path[] {
  const paths: Path[] = [at]
  if (Array.isArray(value)) {
    if (value.length > 0) paths.push(...pathsOf(value[0], [...at, 0]))
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths.push(...pathsOf(v, [...at, k]))
  }
  return paths
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value)
}

function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  const key = path.at(-1)
  if (key === undefined) return replacement
  const copy = structuredClone(value) as Record<string | number, unknown>
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>
  parent[key] = replacement
  return copy
}

export interface Mutation {
  /** e.g. `deduction.reason ← lone high surrogate` */
  label: string
  hostile: string
  path: Path
  input: unknown
}

/** One generator: each hostile value that fits, at each place of a valid input, plus inputs that are no object at all. */
export function mutationsOf(base: unknown): Mutation[] {
  const out: Mutation[] = []
  for (const path of pathsOf(base)) {
    const original = valueAt(base, path)
    for (const h of HOSTILE_VALUES) {
      if (path.length === 0 || !h.fits(original)) continue
      out.push({ label: `${path.join('.')} ← ${h.name}`, hostile: h.name, path, input: replaceAt(base, path, h.make(original)) })
    }
  }
  for (const h of HOSTILE_INPUTS) out.push({ label: h.name, hostile: h.name, path: [], input: h.value })
  return out
}
