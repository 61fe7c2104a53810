import { useCallback, useEffect, useRef, useState } from 'react'
import type { DocumentInfo } from '../../../../shared/contract/documents'
import { api } from '../../api'
import { SerialCalls } from '../../api/serial'
import { useFeedback } from '../../components/useFeedback'
import type { QuarterTurn, Rotations } from '../../viewer/rotation'

const NONE: Rotations = []

/** Rotations newer than the caller's copy of the document: turned here, or read fresh. */
interface Held {
  documentId: number
  /** The document's rotations these replace; a new copy from the caller replaces them in turn. */
  over: Rotations
  rotations: Rotations
}

const shownOf = (held: Held | null, doc: DocumentInfo) => (held && held.documentId === doc.id && held.over === doc.rotations ? held.rotations : doc.rotations)

/**
 * The page rotations of the document shown, stored on the server (the file is never changed).
 * A turn shows at once; its calls are sent one after another, and the server's answer is shown
 * once the last one is in, so quick presses of R do not flicker back through the angles between.
 */
export function useStoredRotations(doc: DocumentInfo | null, onChange?: (doc: DocumentInfo) => void) {
  const { fail } = useFeedback()
  const [held, setHeld] = useState<Held | null>(null)
  const docRef = useRef(doc)
  docRef.current = doc
  const turnedHere = useRef(false)
  const turns = useRef<{ documentId: number; calls: SerialCalls } | null>(null)

  const show = useCallback((documentId: number, rotations: Rotations) => {
    const current = docRef.current
    if (current?.id !== documentId) return
    setHeld((h) => (JSON.stringify(shownOf(h, current)) === JSON.stringify(rotations) ? h : { documentId, over: current.rotations, rotations }))
  }, [])

  // The caller's copy of the document may predate a turn made elsewhere: read the stored one.
  const id = doc?.id
  useEffect(() => {
    if (id === undefined) return
    turnedHere.current = false
    let live = true
    api
      .call('documents.get', { id })
      .then((fresh) => {
        if (live && !turnedHere.current) show(id, fresh.rotations)
      })
      .catch(() => {})
    return () => {
      live = false
    }
  }, [id, show])

  const rotate = useCallback(
    (turn: QuarterTurn) => {
      const current = docRef.current
      if (!current) return
      const documentId = current.id
      turnedHere.current = true
      show(documentId, turn.next)
      if (turns.current?.documentId !== documentId) turns.current = { documentId, calls: new SerialCalls() }
      void turns.current.calls
        .run(async () => {
          let info: DocumentInfo | null = null
          try {
            for (const call of turn.calls) info = await api.call('documents.setRotation', { documentId, ...call })
          } catch (err) {
            fail(err)
            // Show what is actually stored.
            info = await api.call('documents.get', { id: documentId }).catch(() => null)
          }
          return info
        })
        .then((settled) => {
          const info = settled.ok ? settled.value : null
          if (!settled.last || !info) return
          show(documentId, info.rotations)
          onChange?.(info)
        })
    },
    [show, fail, onChange],
  )

  return { rotations: doc ? shownOf(held, doc) : NONE, rotate }
}
