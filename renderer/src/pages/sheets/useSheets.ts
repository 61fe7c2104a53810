import { useEffect, useState } from 'react'
import type { EvaluationSheet, SheetsPage } from '../../../../shared/contract/sheets'
import { api, toApiError, type ApiError } from '../../api'

/** Cases laid out in one print view; a larger campaign is printed batch by batch. */
export const SHEETS_BATCH = 200
/** Sheets asked for per call: the first pages show while the rest arrive. */
const PAGE = 25

export interface SheetsBatch {
  head: Omit<SheetsPage, 'sheets'> | null
  sheets: EvaluationSheet[]
  /** Every sheet of the batch has arrived. */
  done: boolean
  error: ApiError | null
}

/** The sheets of one case, or of a batch of the campaign's cases from `from` on, fetched page by page. */
export function useSheets(campaignId: number, caseId: number | undefined, from: number): SheetsBatch {
  const [batch, setBatch] = useState<SheetsBatch>({ head: null, sheets: [], done: false, error: null })
  useEffect(() => {
    let live = true
    setBatch({ head: null, sheets: [], done: false, error: null })
    void (async () => {
      try {
        let offset = from
        let end = from + SHEETS_BATCH
        const sheets: EvaluationSheet[] = []
        for (;;) {
          const { sheets: page, ...head } = await api.call('sheets.list', { campaignId, caseId, offset, limit: Math.min(PAGE, end - offset) })
          if (!live) return
          sheets.push(...page)
          end = Math.min(end, head.total)
          offset += page.length
          const done = page.length === 0 || offset >= end
          setBatch({ head, sheets: [...sheets], done, error: null })
          if (done) return
        }
      } catch (err) {
        if (live) setBatch((b) => ({ ...b, error: toApiError(err) }))
      }
    })()
    return () => {
      live = false
    }
  }, [campaignId, caseId, from])
  return batch
}
