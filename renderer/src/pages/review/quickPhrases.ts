import type { TFunction } from 'i18next'
import type { RubricItem } from '../../../../shared/domain/rubric'
import { localized } from './localized'

const DEFAULT_PHRASES = ['unsigned', 'undated', 'unsealed', 'inconsistent', 'incomplete'] as const
/** Alt+1 … Alt+9. */
const MAX_PHRASES = 9

/** The reviewer's own frequent reasons first, then the rubric's wording, then the common defects. */
export function quickPhrases(item: RubricItem, own: string[] | undefined, language: string, t: TFunction): string[] {
  const all = [
    ...(own ?? []),
    ...item.deductions.map((o) => localized(language, o.label, o.labelEn)),
    ...DEFAULT_PHRASES.map((key) => t(`review.phrases.${key}`)),
  ]
  return [...new Set(all.map((p) => p.trim()).filter(Boolean))].slice(0, MAX_PHRASES)
}

/** Adds a phrase to the reason: replaces the untouched default, else appends after a separator. */
export function insertPhrase(reason: string, phrase: string, replace: boolean, separator: string): string {
  if (replace || reason.trim() === '') return phrase
  if (/[，。；、：\s]$/.test(reason)) return reason + phrase
  // After ASCII punctuation a language that spaces its words still wants the separator's space.
  if (/[,.;:]$/.test(reason)) return reason + separator.slice(separator.trimEnd().length) + phrase
  return reason + separator + phrase
}
