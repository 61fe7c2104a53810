import type { MethodOutput } from '../../../api'

export type Override = MethodOutput<'calendar.status'>['overrides'][number]

/** A row being edited: the date may still be empty. */
export interface DraftRow {
  key: number
  date: string | null
  kind: Override['kind']
  note: string
}

let nextKey = 1
export const toDraft = (o: Override): DraftRow => ({ key: nextKey++, ...o })
export const blankRow = (): DraftRow => ({ key: nextKey++, date: null, kind: 'holiday', note: '' })

/** What stops the list from being saved: empty dates and dates given twice. */
export function draftProblems(rows: DraftRow[]): { missing: number[]; duplicates: string[] } {
  const seen = new Set<string>()
  const duplicates = new Set<string>()
  for (const r of rows) {
    if (r.date && seen.has(r.date)) duplicates.add(r.date)
    if (r.date) seen.add(r.date)
  }
  return { missing: rows.filter((r) => !r.date).map((r) => r.key), duplicates: [...duplicates] }
}

export function sameList(rows: DraftRow[], saved: Override[]): boolean {
  if (rows.length !== saved.length) return false
  const sorted = [...rows].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
  return sorted.every((r, i) => {
    const s = saved[i]
    return s !== undefined && r.date === s.date && r.kind === s.kind && r.note.trim() === s.note
  })
}
