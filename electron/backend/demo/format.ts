import { DATE_UNITS, MONEY_DIGITS, MONEY_SECTIONS, MONEY_SUFFIX, MONEY_UNITS } from './vocabulary'

/** Fills {name} placeholders; a missing value is a bug in the generator, so it throws. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key]
    if (value === undefined) throw new Error(`template value missing: ${key} in "${template}"`)
    return String(value)
  })
}

/** '2023-03-24' → '2023年3月24日', the prose form of the case file. */
export function zhDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}${DATE_UNITS.year}${m}${DATE_UNITS.month}${d}${DATE_UNITS.day}`
}

/** Minutes after midnight → '9时05分'. */
export function zhTime(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return `${h}${DATE_UNITS.hour}${String(m).padStart(2, '0')}${DATE_UNITS.minute}`
}

/** The i-th of an endless repetition of a list; an empty list is a bug in the generator, so it throws. */
export function cycle<T>(list: readonly T[], i: number): T {
  const item = list[i % list.length]
  if (item === undefined) throw new Error('cycle through an empty list')
  return item
}

/** Integer yuan as printed in decisions: 12500. */
export function yuan(fen: number): string {
  return String(Math.round(fen / 100))
}

/** Integer yuan in capital numerals (大写), e.g. 12500 → 壹万贰仟伍佰元整. */
export function upperYuan(fen: number): string {
  let amount = Math.round(fen / 100)
  if (amount === 0) return `${MONEY_DIGITS[0]}${MONEY_SUFFIX.yuan}${MONEY_SUFFIX.whole}`
  const groups: number[] = []
  while (amount > 0) {
    groups.push(amount % 10000)
    amount = Math.floor(amount / 10000)
  }
  let out = ''
  let pendingZero = false
  for (const [g, group] of [...groups.entries()].reverse()) {
    if (group === 0) {
      pendingZero = out !== ''
      continue
    }
    if (out !== '' && (pendingZero || group < 1000)) out += MONEY_DIGITS.charAt(0)
    pendingZero = false
    let text = ''
    let zero = false
    for (const [pos, unit] of [...MONEY_UNITS.entries()].reverse()) {
      const digit = Math.floor(group / 10 ** pos) % 10
      if (digit === 0) {
        zero = text !== ''
        continue
      }
      if (zero) text += MONEY_DIGITS.charAt(0)
      zero = false
      text += MONEY_DIGITS.charAt(digit) + unit
    }
    const section = MONEY_SECTIONS[g]
    if (section === undefined) throw new RangeError(`${fen} fen is beyond the sections capital numerals name`)
    out += text + section
  }
  return `${out}${MONEY_SUFFIX.yuan}${MONEY_SUFFIX.whole}`
}
