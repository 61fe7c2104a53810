import type { PageTag } from '../../../shared/contract/documents'

/** A 卷内目录 entry as the viewer edits it (the server gives ids back on save). */
export type TagRange = Omit<PageTag, 'id'>

const byFirst = (a: TagRange, b: TagRange) => a.firstPage - b.firstPage || a.lastPage - b.lastPage

/**
 * The list with `added` in it: a page belongs to one document, so the new range takes its pages
 * out of the ranges it overlaps (splitting one if needed), and touching ranges of the same type
 * are joined.
 */
export function withTag(tags: TagRange[], added: TagRange): TagRange[] {
  const first = Math.min(added.firstPage, added.lastPage)
  const last = Math.max(added.firstPage, added.lastPage)
  const docType = added.docType.trim()
  const kept: TagRange[] = []
  for (const t of tags) {
    if (t.lastPage < first || t.firstPage > last) kept.push(t)
    else {
      if (t.firstPage < first) kept.push({ ...t, lastPage: first - 1 })
      if (t.lastPage > last) kept.push({ ...t, firstPage: last + 1 })
    }
  }
  kept.push({ firstPage: first, lastPage: last, docType })
  kept.sort(byFirst)
  const merged: TagRange[] = []
  for (const t of kept) {
    const prev = merged[merged.length - 1]
    if (prev && prev.docType === t.docType && prev.lastPage + 1 === t.firstPage) prev.lastPage = t.lastPage
    else merged.push({ ...t })
  }
  return merged
}

export function withoutTag(tags: TagRange[], index: number): TagRange[] {
  return tags.filter((_, i) => i !== index)
}

/** The entry a page belongs to, if any. */
export function tagIndexAt(tags: TagRange[], page: number): number {
  return tags.findIndex((t) => t.firstPage <= page && page <= t.lastPage)
}

export function plainTags(tags: PageTag[]): TagRange[] {
  return tags.map(({ firstPage, lastPage, docType }) => ({ firstPage, lastPage, docType })).sort(byFirst)
}

/** The 卷内目录 of a document as the viewer shows it. */
export interface TagList {
  entries: TagRange[]
  /** Why the list could not be read, if it could not. */
  loadError: string | null
  saving: boolean
}
