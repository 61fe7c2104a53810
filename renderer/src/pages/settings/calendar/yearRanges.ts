/** [2004, 2005, 2006, 2010] → [[2004, 2006], [2010, 2010]]: long runs of covered years read as spans. */
export function yearRanges(years: readonly number[]): [number, number][] {
  const ranges: [number, number][] = []
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = ranges.at(-1)
    if (last && year === last[1] + 1) last[1] = year
    else ranges.push([year, year])
  }
  return ranges
}
