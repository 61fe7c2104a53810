import { useMemo, useRef } from 'react'

const NONE: never[] = []

/**
 * Groups a list by key, handing back the previous render's array for a group whose members did
 * not change: a save returns a whole new evaluation, yet only the rows it touched render again.
 */
export function useStableGroups<T>(list: T[], keyOf: (item: T) => string, same: (a: T, b: T) => boolean): (key: string) => T[] {
  const previous = useRef(new Map<string, T[]>())
  const groups = useMemo(() => {
    const next = new Map<string, T[]>()
    for (const item of list) {
      const key = keyOf(item)
      const group = next.get(key)
      if (group) group.push(item)
      else next.set(key, [item])
    }
    for (const [key, group] of next) {
      const old = previous.current.get(key)
      // group[i] exists: the lengths are equal.
      if (old && old.length === group.length && old.every((o, i) => same(o, group[i]!))) next.set(key, old)
    }
    previous.current = next
    return next
  }, [list, keyOf, same])
  return (key: string) => groups.get(key) ?? NONE
}

/** The previous value while the new one is equal in content (e.g. the vetoes of a fresh evaluation state). */
export function useStable<T>(value: T): T {
  const previous = useRef(value)
  const key = JSON.stringify(value)
  const previousKey = useRef(key)
  if (key !== previousKey.current) {
    previous.current = value
    previousKey.current = key
  }
  return previous.current
}
