import { useEffect, useRef, useState } from 'react'
import type { EvidenceRect } from '../../../../shared/contract/evaluations'
import { EvidenceCrop } from '../../components/EvidenceCrop'
import { usePrintPending } from '../../print'
import { takeTurn } from './cropTurns'

/** Crop width on paper: about 64 mm, a third of the page, in the reasons column. */
const WIDTH = 240
const MAX_HEIGHT = 150
/** About 190 dpi on paper at this size: sharp enough for a scan, light enough to draw hundreds. */
const PIXEL_RATIO = 2

/** The evidence region a deduction is pinned to, holding the print until it is drawn (or says why not). */
export function SheetCrop({ documentId, page, rect }: { documentId: number; page: number; rect: EvidenceRect }) {
  const [turn, setTurn] = useState(false)
  const [done, setDone] = useState(false)
  const endTurn = useRef<() => void>(() => {})
  usePrintPending(!done)

  useEffect(() => {
    let live = true
    const ticket = takeTurn()
    void ticket.promise.then((end) => {
      if (!live) return end()
      endTurn.current = end
      setTurn(true)
    })
    return () => {
      live = false
      ticket.cancel()
      endTurn.current()
    }
  }, [])

  const finish = () => {
    endTurn.current()
    setDone(true)
  }
  return (
    <div className="sheet-crop" style={{ minWidth: WIDTH }}>
      {turn && <EvidenceCrop documentId={documentId} page={page} rect={rect} width={WIDTH} maxHeight={MAX_HEIGHT} pixelRatio={PIXEL_RATIO} onDone={finish} />}
    </div>
  )
}
