import { seededRandom } from '../../../shared/domain/seeded-random'

/** A seeded PRNG (mulberry32): the demo must come out identical for the same seed on every machine. */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** True with probability p. */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** A new array in random order; the input is left alone. */
  shuffle<T>(items: readonly T[]): T[]
  /** n distinct items (or all of them when there are fewer). */
  sample<T>(items: readonly T[], n: number): T[]
  /** An independent generator derived from this one, so sub-streams do not shift each other. */
  fork(): Random
}

export function createRandom(seed: number): Random {
  const next = seededRandom(seed)
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = items.slice()
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i)
      // 0 <= j <= i < out.length: both are places in the list.
      const [a, b] = [out[i] as T, out[j] as T]
      out[i] = b
      out[j] = a
    }
    return out
  }
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list')
      // An index of the non-empty list.
      return items[int(0, items.length - 1)] as (typeof items)[number]
    },
    shuffle,
    sample: (items, n) => shuffle(items).slice(0, n),
    fork: () => createRandom(Math.floor(next() * 4294967296)),
  }
}

/** A stable 32-bit hash of a string (FNV-1a), to seed per-item generators. */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}
