import { createContext, useContext } from 'react'
import type { EvidenceRect } from '../../../../shared/contract/evaluations'

/** A rectangle the reviewer drew on a page, as fractions of the unrotated page. */
export interface EvidencePick {
  documentId: number
  page: number
  rect: EvidenceRect
}

export interface EvidencePicker {
  /** Someone is drawing (the viewer shows the crosshair). */
  active: boolean
  /** Puts the viewer into drawing mode; `onPick` gets the rectangle once drawn. */
  start: (onPick: (pick: EvidencePick) => void) => void
  cancel: () => void
}

export const EvidenceContext = createContext<EvidencePicker>({ active: false, start: () => {}, cancel: () => {} })

export function useEvidencePicker(): EvidencePicker {
  return useContext(EvidenceContext)
}
