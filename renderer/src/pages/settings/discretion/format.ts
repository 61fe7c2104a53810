const amount = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 })

/** A fen range as people read it: 50–200 (yuan). */
export function yuanRange(minFen: number, maxFen: number): string {
  return `${amount.format(minFen / 100)}–${amount.format(maxFen / 100)}`
}

export const TIER_COLOR = { exempt: 'default', mitigated: 'purple', lighter: 'green', general: 'blue', heavier: 'red' } as const
