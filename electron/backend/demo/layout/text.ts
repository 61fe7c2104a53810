import { LINE_START_FORBIDDEN } from '../vocabulary'

/**
 * Text width is estimated, not measured from the font: CJK and full-width signs are one em, Latin
 * a little over half. The estimate errs wide, so lines never overflow, and layout stays the same
 * whatever font file is embedded.
 */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0
  if (code < 0x80) {
    if (ch === ' ') return 0.3
    if (ch >= 'A' && ch <= 'Z') return 0.75
    return 0.6
  }
  return 1
}

export function textWidth(text: string, size: number): number {
  let em = 0
  for (const ch of text) em += charWidth(ch)
  return em * size
}

const NO_LINE_START = new Set([...LINE_START_FORBIDDEN])

/** Splits text into lines no wider than width; the first line can be indented (in points). */
export function wrap(text: string, size: number, width: number, firstIndent = 0): string[] {
  const lines: string[] = []
  let line = ''
  let used = firstIndent
  for (const ch of text) {
    const w = charWidth(ch) * size
    if (used + w > width && line !== '' && !NO_LINE_START.has(ch)) {
      lines.push(line)
      line = ''
      used = 0
    }
    line += ch
    used += w
  }
  if (line !== '') lines.push(line)
  return lines
}
