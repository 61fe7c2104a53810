import { issueWithin, type RubricIssue, type RubricPath } from '../../../../../shared/domain/rubric-validation'
import { rubricIssueMessage } from '../../../../../shared/i18n/rubric-issues'
import type { Locale } from '../../../../../shared/contract/workspace'

/**
 * Holds the draft's current issues for the fields. Each field subscribes to the text at its own
 * path, so when the issues change only the fields whose text changed render again.
 */
export interface IssueStore {
  set(issues: RubricIssue[], locale: Locale): void
  subscribe(listener: () => void): () => void
  /** What is wrong with the field or group at exactly this path; '' when nothing. */
  textAt(path: RubricPath): string
  /** How many issues lie inside this part (for the section headers). */
  countWithin(path: RubricPath): number
}

export function createIssueStore(): IssueStore {
  let issues: RubricIssue[] = []
  let byPath = new Map<string, string>()
  const listeners = new Set<() => void>()
  return {
    set(next, locale) {
      issues = next
      byPath = new Map()
      for (const issue of next) {
        const key = pathKey(issue.path)
        const message = rubricIssueMessage(issue, locale)
        const before = byPath.get(key)
        byPath.set(key, before ? `${before}${locale === 'en' ? '; ' : '；'}${message}` : message)
      }
      listeners.forEach((listener) => listener())
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    textAt: (path) => byPath.get(pathKey(path)) ?? '',
    countWithin: (path) => issues.filter((issue) => issueWithin(issue, path)).length,
  }
}

function pathKey(path: RubricPath): string {
  return path.join('.')
}

/** The DOM id of the input at `path`, so the summary can jump to it. */
export function fieldId(path: RubricPath): string {
  return `rubric-field-${path.join('-') || 'root'}`
}

/** Focuses the input an issue is about, or the nearest thing around it that has an id. */
export function focusPath(path: RubricPath): boolean {
  const candidates: RubricPath[] = [path, ...['pass', 'points', 'min', 'id'].map((k) => [...path, k])]
  for (let n = path.length - 1; n >= 0; n--) candidates.push(path.slice(0, n))
  for (const candidate of candidates) {
    const el = document.getElementById(fieldId(candidate))
    if (el) {
      el.scrollIntoView({ block: 'center' })
      el.focus({ preventScroll: true })
      return true
    }
  }
  return false
}
