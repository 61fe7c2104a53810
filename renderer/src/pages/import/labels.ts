import i18n from 'i18next'
import type { ImportTarget } from '../../../../shared/domain/imports/fields'
import { IMPORT_FIELD_LABELS } from '../../../../shared/i18n/import-text'

/** A field's name in the UI language (the same names the server's problem messages use). */
export function fieldLabel(target: ImportTarget, field: string): string {
  return IMPORT_FIELD_LABELS[i18n.language === 'en' ? 'en' : 'zh-CN'][target][field] ?? field
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1
  let s = ''
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}
