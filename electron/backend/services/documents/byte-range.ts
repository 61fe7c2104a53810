/** What to answer an HTTP `Range` header for a body of `size` bytes (pdf.js reads large scans by range). */
export type RangeAnswer = { status: 200 | 206; start: number; end: number } | { status: 416 }

export function rangeOf(header: string | null | undefined, size: number): RangeAnswer {
  const range = /^bytes=(\d*)-(\d*)$/.exec(header ?? '')
  if (!range || (!range[1] && !range[2])) return { status: 200, start: 0, end: size - 1 }
  const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]))
  const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1
  if (start > end || start >= size) return { status: 416 }
  return { status: 206, start, end }
}
