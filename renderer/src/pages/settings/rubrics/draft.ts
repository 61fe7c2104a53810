import { toTenths, type Rubric } from '../../../../../shared/domain/rubric'
import type { RubricPath } from '../../../../../shared/domain/rubric-validation'

/** A rubric being edited: a cleared number field is null until the lead types one. */
type Nullable<T> = T extends number ? number | null : T extends (infer U)[] ? Nullable<U>[] : T extends object ? { [K in keyof T]: Nullable<T[K]> } : T

export type RubricDraft = Nullable<Rubric>
export type SectionDraft = RubricDraft['sections'][number]
export type ItemDraft = SectionDraft['items'][number]
export type OptionDraft = ItemDraft['deductions'][number]
export type VetoDraft = RubricDraft['vetoes'][number]

/** Copies only the objects along `path`, so untouched sections and items keep their identity. */
export function setIn<T>(root: T, path: RubricPath, value: unknown): T {
  const [key, ...rest] = path
  if (key === undefined) return value as T
  const node = root as Record<string | number, unknown>
  const copy = (Array.isArray(root) ? [...root] : { ...node }) as Record<string | number, unknown>
  copy[key] = setIn(node[key], rest, value)
  return copy as T
}

export function getIn(root: unknown, path: RubricPath): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], root)
}

/** The next free number after a prefix: V10 → V11, S1.3 → S1.4. */
export function nextId(prefix: string, taken: string[]): string {
  const numbers = taken.map((id) => (id.startsWith(prefix) ? Number(id.slice(prefix.length)) : NaN)).filter(Number.isInteger)
  return `${prefix}${Math.max(0, ...numbers) + 1}`
}

export function newOption(taken: string[]): OptionDraft {
  return { id: nextId('o', taken), label: '', labelEn: '', points: null }
}

export function newItem(section: SectionDraft, category: string): ItemDraft {
  return {
    id: nextId(`${section.id}.`, section.items.map((it) => it.id)),
    title: '',
    titleEn: '',
    maxPoints: null,
    deductions: [newOption([])],
    basicElement: false,
    notApplicableAllowed: false,
    category,
  }
}

export function newSection(sections: SectionDraft[], category: string): SectionDraft {
  const section: SectionDraft = { id: nextId('S', sections.map((s) => s.id)), title: '', titleEn: '', points: null, items: [] }
  return { ...section, items: [newItem(section, category)] }
}

export function newVeto(vetoes: VetoDraft[]): VetoDraft {
  return { id: nextId('V', vetoes.map((v) => v.id)), title: '' }
}

/** Switches an option between points per occurrence and a range, keeping its id and texts. */
export function withKind(option: OptionDraft, kind: 'fixed' | 'range'): OptionDraft {
  const { id, label, labelEn, category } = option
  const base = category === undefined ? { id, label, labelEn } : { id, label, labelEn, category }
  if (kind === 'range') return { ...base, min: 'points' in option ? option.points : null, max: null }
  return { ...base, points: 'min' in option ? option.min : null }
}

/** Sum of points in tenths, skipping blanks: for the running totals beside the fields. */
export function sumPoints(values: (number | null)[]): number {
  return values.reduce<number>((sum, v) => sum + toTenths(v ?? 0), 0) / 10
}
