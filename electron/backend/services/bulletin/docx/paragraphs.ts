import { AlignmentType, LineRuleType, Paragraph, TextRun, type IRunOptions } from 'docx'
import type { BulletinBlock } from '../../../../../shared/domain/bulletin/compose'
import { runFont, type FontKey } from './fonts'
import { BODY_SIZE, BODY_TRACKING, CHAR, FIRST_LINE, LINE, SIZE, signatureIndents } from './layout'

const exact = (line = LINE) => ({ line, lineRule: LineRuleType.EXACT })

/**
 * What every paragraph shares: no extra space between Chinese text and digits (Word adds it by
 * default), so that a line holds the characters the standard counts.
 */
export const TIGHT = { autoSpaceEastAsianText: false } as const

/** A run in one of the document's faces. */
export function run(text: string, font: FontKey, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: runFont(font), size: BODY_SIZE, ...extra })
}

/** Body text in 3号 type, a quarter point tighter than set solid: 28 characters fill a line (GB/T 9704 5.2.2). */
function bodyRun(text: string, font: FontKey): TextRun {
  return run(text, font, { characterSpacing: BODY_TRACKING })
}

/** 标题: 2号小标宋, centred, each of its lines as the editor broke it; one blank line below. */
export function titleParagraph(lines: string[], spaceBefore: number): Paragraph {
  return new Paragraph({
    ...TIGHT,
    alignment: AlignmentType.CENTER,
    spacing: { ...exact(), before: spaceBefore, after: LINE },
    children: lines.map((l, i) => run(l, 'title', { size: SIZE.title, break: i > 0 ? 1 : undefined })),
  })
}

/** 主送机关: flush left, ending in a full-width colon. */
export function addresseeParagraph(text: string): Paragraph {
  return new Paragraph({ ...TIGHT, spacing: exact(), children: [bodyRun(text, 'body')] })
}

const LEAD_FONT: Record<2 | 3, FontKey> = { 2: 'heading2', 3: 'body' }

/** A block of the body: a 黑体 first-level heading, or a paragraph opened by its 楷体 (or 仿宋) number and heading. */
export function blockParagraph(block: Exclude<BulletinBlock, { kind: 'ranking' }>): Paragraph {
  const base = { ...TIGHT, spacing: exact(), indent: FIRST_LINE, alignment: AlignmentType.JUSTIFIED }
  if (block.kind === 'heading') return new Paragraph({ ...base, keepNext: true, children: [bodyRun(block.text, 'heading1')] })
  const lead = block.lead && block.level ? [bodyRun(block.lead, LEAD_FONT[block.level])] : []
  return new Paragraph({ ...base, keepNext: !block.text, children: [...lead, ...(block.text ? [bodyRun(block.text, 'body')] : [])] })
}

/** The closing line (特此通报。), kept on the page of the signature below it. */
export function closingParagraph(text: string): Paragraph {
  return new Paragraph({ ...TIGHT, spacing: exact(), indent: FIRST_LINE, keepNext: true, children: [bodyRun(text, 'body')] })
}

/** 发文机关署名 and 成文日期 below the text, one line apart from it (GB/T 9704 7.3.5.2). */
export function signatureParagraphs(unit: string, date: string): Paragraph[] {
  const indents = signatureIndents(unit, date)
  const line = (text: string, cells: number, before = 0) =>
    new Paragraph({
      ...TIGHT,
      spacing: { ...exact(), before },
      indent: { left: Math.round(cells * CHAR) },
      keepNext: before > 0,
      children: [bodyRun(text, 'body')],
    })
  return [line(unit, indents.unit, LINE), line(date, indents.date)]
}
