import type { DocumentInfo } from '../../../shared/contract/documents'

/** Rotation stored for a page (the file itself is never changed), normalised to 0/90/180/270. */
export function storedRotation(doc: DocumentInfo, page: number): number {
  const degrees = doc.rotations.find((r) => r.page === page)?.degrees ?? 0
  return normalizeRotation(degrees)
}

export function normalizeRotation(degrees: number): number {
  return (((Math.round(degrees / 90) * 90) % 360) + 360) % 360
}
