import { useCallback, useEffect, useMemo, useState } from 'react'
import { api, toApiError } from '../../api'
import { useFeedback } from '../../components/useFeedback'
import { plainTags, type TagList, type TagRange } from '../../viewer/pageTags'

interface Held {
  documentId: number
  entries: TagRange[]
  loadError: string | null
}

const NONE: TagRange[] = []

/** A document's 卷内目录: read once, replaced as a whole on every edit (shown at once, confirmed by the server). */
export function useStoredTags(documentId: number | null) {
  const { fail } = useFeedback()
  const [held, setHeld] = useState<Held | null>(null)
  const [savingId, setSavingId] = useState<number | null>(null)

  useEffect(() => {
    if (documentId === null) return
    let live = true
    api.call('documents.pageTags', { documentId }).then(
      (list) => live && setHeld({ documentId, entries: plainTags(list), loadError: null }),
      (err: unknown) => live && setHeld((h) => ({ documentId, entries: h?.documentId === documentId ? h.entries : NONE, loadError: toApiError(err).message })),
    )
    return () => {
      live = false
    }
  }, [documentId])

  const current = held && held.documentId === documentId ? held : null
  const tags = useMemo<TagList>(
    () => ({ entries: current?.entries ?? NONE, loadError: current?.loadError ?? null, saving: savingId !== null && savingId === documentId }),
    [current, savingId, documentId],
  )

  const save = useCallback(
    async (next: TagRange[]) => {
      if (documentId === null) return
      const before = current
      // An answer for a document no longer shown changes nothing.
      const keep = (value: Held) => setHeld((h) => (h && h.documentId !== documentId ? h : value))
      keep({ documentId, entries: next, loadError: before?.loadError ?? null })
      setSavingId(documentId)
      try {
        const saved = await api.call('documents.setPageTags', { documentId, tags: next })
        keep({ documentId, entries: plainTags(saved), loadError: null })
      } catch (err) {
        keep({ documentId, entries: before?.entries ?? NONE, loadError: before?.loadError ?? null })
        fail(err)
      } finally {
        setSavingId((s) => (s === documentId ? null : s))
      }
    },
    [documentId, current, fail],
  )

  return { tags, save }
}
