import type { BulletinContent } from '../../../../../shared/contract/bulletin'

/** Immutable edits of the lists in a bulletin draft. */
export function replaceItem<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x))
}

export function removeItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index)
}

export function moveItem<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by
  const [moved, other] = [list[index], list[to]]
  if (moved === undefined || other === undefined) return [...list]
  return list.map((x, i) => (i === index ? other : i === to ? moved : x))
}

export type SectionKey = 'overview' | 'problems' | 'rectification' | 'nextSteps'

/** The draft with one section's fields replaced. */
export function patchSection<K extends SectionKey>(content: BulletinContent, key: K, patch: Partial<BulletinContent[K]>): BulletinContent {
  return { ...content, [key]: { ...content[key], ...patch } }
}

export function sameContent(a: BulletinContent | null, b: BulletinContent | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
