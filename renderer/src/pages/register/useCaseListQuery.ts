import { useCallback, useState } from 'react'
import type { CaseListQuery } from '../../../../shared/contract/cases'

export const PAGE_SIZE = 50
const STORAGE_KEY = 'caseDesk.caseListQuery'
const DEFAULT_QUERY: CaseListQuery = { page: 1, pageSize: PAGE_SIZE, sortBy: 'filedOn', sortOrder: 'desc' }

function restore(): CaseListQuery {
  try {
    const saved = sessionStorage.getItem(STORAGE_KEY)
    return saved ? { ...DEFAULT_QUERY, ...(JSON.parse(saved) as CaseListQuery) } : DEFAULT_QUERY
  } catch {
    return DEFAULT_QUERY
  }
}

/** The registry's filters, kept for the session so going back from a case keeps the list. */
export function useCaseListQuery() {
  const [query, setQuery] = useState<CaseListQuery>(restore)
  const update = useCallback((patch: Partial<CaseListQuery>, { keepPage = false } = {}) => {
    setQuery((prev) => {
      const next = { ...prev, ...patch, ...(keepPage || 'page' in patch ? {} : { page: 1 }) }
      for (const key of Object.keys(next) as (keyof CaseListQuery)[]) {
        const value = next[key]
        if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key]
      }
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next))
      return next
    })
  }, [])
  const reset = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY)
    setQuery(DEFAULT_QUERY)
  }, [])
  return { query, update, reset }
}
