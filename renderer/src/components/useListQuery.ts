import { useCallback, useState } from 'react'
import { navigate } from '../router/hash'

export const PAGE_SIZE = 50

interface Paged {
  page?: number
  pageSize?: number
}

function restore<Q extends Paged>(storageKey: string, defaults: Q): Q {
  try {
    const saved = sessionStorage.getItem(storageKey)
    return saved ? { ...defaults, ...(JSON.parse(saved) as Q) } : defaults
  } catch {
    return defaults
  }
}

/**
 * A list's filters and page, kept for the session under `storageKey` so that going to a record
 * and back keeps the list. A change of filter goes back to the first page, unless told otherwise.
 */
export function useListQuery<Q extends Paged>(storageKey: string, defaults: Q) {
  const [query, setQuery] = useState<Q>(() => restore(storageKey, defaults))
  const update = useCallback(
    (patch: Partial<Q>, { keepPage = false } = {}) => {
      setQuery((prev) => {
        const next = { ...prev, ...patch, ...(keepPage || 'page' in patch ? {} : { page: 1 }) }
        for (const key of Object.keys(next) as (keyof Q)[]) {
          const value = next[key]
          if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key]
        }
        sessionStorage.setItem(storageKey, JSON.stringify(next))
        return next
      })
    },
    [storageKey],
  )
  const reset = useCallback(() => {
    sessionStorage.removeItem(storageKey)
    setQuery(defaults)
  }, [storageKey, defaults])
  return { query, update, reset }
}

/** Opens a list page on the given filters (what its `useListQuery` under `storageKey` then reads). */
export function openListAt<Q extends Paged>(path: string, storageKey: string, query: Q) {
  sessionStorage.setItem(storageKey, JSON.stringify({ page: 1, pageSize: PAGE_SIZE, ...query }))
  navigate(path)
}
