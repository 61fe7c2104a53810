const yuan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** Amounts are stored as integer fen; people read yuan with two decimals. */
export function formatYuan(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '—' : yuan.format(fen / 100)
}

export function fenToYuan(fen: number | null | undefined): number | null {
  return fen === null || fen === undefined ? null : fen / 100
}

export function yuanToFen(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(value * 100)
}
