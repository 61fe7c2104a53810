import type { DocumentInfo } from '../../../shared/contract/documents'
import { normalizeRotation } from './geometry'

export { normalizeRotation }

export type Rotations = DocumentInfo['rotations']

/** Rotation stored for a page (the file itself is never changed), normalised to 0/90/180/270. */
export function storedRotationOf(rotations: Rotations, page: number): number {
  return normalizeRotation(rotations.find((r) => r.page === page)?.degrees ?? 0)
}

export function storedRotation(doc: DocumentInfo, page: number): number {
  return storedRotationOf(doc.rotations, page)
}

type Degrees = 0 | 90 | 180 | 270

/** One documents.setRotation call: pages set to an absolute angle. */
export interface RotationCall {
  pages: number[] | 'all'
  degrees: Degrees
}

/** A quarter turn the reader asked for: the calls that store it, and the rotations once stored. */
export interface QuarterTurn {
  calls: RotationCall[]
  next: Rotations
}

/**
 * The setRotation calls that turn `pages` a quarter clockwise each, keeping pages that were
 * turned differently apart (the contract sets absolute angles). One call with 'all' when it can.
 */
export function quarterTurnCalls(rotations: Rotations, pages: number[] | 'all', pageCount: number): RotationCall[] {
  const list = pages === 'all' ? Array.from({ length: pageCount }, (_, i) => i + 1) : pages
  const groups = new Map<Degrees, number[]>()
  for (const page of list) {
    const next = normalizeRotation(storedRotationOf(rotations, page) + 90) as Degrees
    groups.set(next, [...(groups.get(next) ?? []), page])
  }
  const calls = [...groups].map(([degrees, group]): RotationCall => ({ pages: group, degrees }))
  const [first] = calls
  if (pages === 'all' && first && calls.length === 1) return [{ pages: 'all', degrees: first.degrees }]
  return calls
}

/** The rotations after those calls, for showing the turn before the server answers. */
export function applyTurn(rotations: Rotations, calls: RotationCall[], pageCount: number): Rotations {
  const map = new Map(rotations.map((r) => [r.page, r.degrees]))
  for (const call of calls) {
    const list = call.pages === 'all' ? Array.from({ length: pageCount }, (_, i) => i + 1) : call.pages
    for (const page of list) map.set(page, call.degrees)
  }
  return [...map.entries()].filter(([, d]) => normalizeRotation(d) !== 0).map(([page, degrees]) => ({ page, degrees })).sort((a, b) => a.page - b.page)
}

/** A quarter turn clockwise of `pages` (or all of them), from the rotations as they stand. */
export function quarterTurn(rotations: Rotations, pages: number[] | 'all', pageCount: number): QuarterTurn {
  const calls = quarterTurnCalls(rotations, pages, pageCount)
  return { calls, next: applyTurn(rotations, calls, pageCount) }
}
