import type { Locale } from '../../../../shared/contract/workspace'
import { MAX_LISTED, PREVIEW_ROWS, type ImportPreview } from '../../../../shared/contract/imports'
import { ENUM_LABELS } from '../../../../shared/i18n/enum-labels'
import type { FieldValue, Problems } from './rows'
import { formatDuration } from '../../../../shared/format/duration'

/** One record as the import would store it, by import field key (squads and officers by name). */
export type ImportRecord = Record<string, FieldValue>

export interface PlannedRow {
  row: number
  key: string
  action: 'create' | 'update' | 'unchanged' | 'invalid'
  existingId: number | null
  record: ImportRecord
  before: ImportRecord | null
  changed: string[]
}

export interface Plan {
  rows: PlannedRow[]
  problems: Problems
  missing: ImportPreview['missing']
}

/** A value as comparable text: equal records give equal strings. */
export function canonical(value: FieldValue | undefined): string {
  if (value === null || value === undefined || value === '') return ''
  return Array.isArray(value) ? value.join('、') : String(value)
}

export function changedFields(fields: string[], before: ImportRecord, after: ImportRecord): string[] {
  return fields.filter((f) => canonical(before[f]) !== canonical(after[f]))
}

const LABEL_GROUP: Record<string, string> = { source: 'caseSource' }

/** A value as a person reads it in the preview. */
export function displayValue(field: string, value: FieldValue | undefined, locale: Locale): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return value ? (locale === 'en' ? 'Yes' : '是') : locale === 'en' ? 'No' : '否'
  if (Array.isArray(value)) return value.join(locale === 'en' ? ', ' : '、')
  if (field === 'penalty' && typeof value === 'number') {
    const yuan = (value / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 })
    return locale === 'en' ? `¥${yuan}` : `${yuan} 元`
  }
  if (field === 'duration' && typeof value === 'number') return formatDuration(value)
  if (field === 'role') return locale === 'en' ? String(value) : value === 'lead' ? '组长' : '评查员'
  const labels = (ENUM_LABELS[locale] as Record<string, Record<string, string>>)[LABEL_GROUP[field] ?? field]
  return labels?.[String(value)] ?? String(value)
}

/** Marks rows with errors invalid and words the plan as the preview shows it. */
export function previewOf(plan: Plan, locale: Locale): ImportPreview {
  const errorRows = new Set(plan.problems.list.filter((p) => p.severity === 'error' && p.row !== null).map((p) => p.row))
  for (const r of plan.rows) if (errorRows.has(r.row)) r.action = 'invalid'
  const count = (a: PlannedRow['action']) => plan.rows.filter((r) => r.action === a).length
  const problems = [...plan.problems.list].sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
  return {
    counts: {
      rows: plan.rows.length,
      created: count('create'),
      updated: count('update'),
      unchanged: count('unchanged'),
      invalid: count('invalid'),
      errors: plan.problems.errors,
      warnings: plan.problems.warnings,
    },
    problems: problems.slice(0, MAX_LISTED),
    rows: plan.rows.slice(0, PREVIEW_ROWS).map((r) => ({
      row: r.row,
      key: r.key,
      action: r.action,
      values: Object.fromEntries(Object.entries(r.record).map(([f, v]) => [f, displayValue(f, v, locale)])),
      changed: r.changed,
    })),
    changes: plan.rows
      .filter((r) => r.action === 'update')
      .slice(0, MAX_LISTED)
      .map((r) => ({
        row: r.row,
        key: r.key,
        fields: r.changed.map((field) => ({ field, before: displayValue(field, r.before?.[field], locale), after: displayValue(field, r.record[field], locale) })),
      })),
    missing: plan.missing,
  }
}

/** Keys seen so far: a second row with the same key is a problem naming the first. */
export class KeyTracker {
  readonly #seen = new Map<string, number>()
  firstRow(key: string, row: number): number | null {
    const first = this.#seen.get(key)
    if (first !== undefined) return first
    this.#seen.set(key, row)
    return null
  }
}

/** Lets other calls and progress messages through during a long plan (the desktop runs it in the main process). */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve))
