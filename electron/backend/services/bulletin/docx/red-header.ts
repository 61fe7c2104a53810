import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx'
import { run, TIGHT } from './paragraphs'
import { LINE, SIZE, TEXT_WIDTH, textCells } from './layout'

const RED = 'FF0000'
/** The issuing body's size, narrowed (never enlarged) so that a long name stays on one line. */
const MARK_SIZE = SIZE.mark
/** 发文机关标志 starts 35 mm below the top of the text area (a downward document, GB/T 9704 7.2.1). */
const MARK_TOP = Math.round((35 * 1440) / 25.4)
/** The red rule lies 4 mm below the 发文字号 (in points, as paragraph borders measure it). */
const RULE_GAP_PT = 11

/**
 * 红头: the issuing body in red 小标宋, the 发文字号 two lines below it, and the red rule under
 * that, as wide as the text area.
 */
export function redHeader(issuingBody: string, docNumber: string): Paragraph[] {
  const width = textCells(issuingBody) * (MARK_SIZE / 2) * 20
  const scale = Math.min(100, Math.floor((TEXT_WIDTH / width) * 100))
  return [
    new Paragraph({
      ...TIGHT,
      alignment: AlignmentType.CENTER,
      spacing: { before: MARK_TOP, line: Math.round(MARK_SIZE * 10 * 1.2), lineRule: LineRuleType.EXACT },
      children: [run(issuingBody, 'title', { size: MARK_SIZE, color: RED, scale })],
    }),
    new Paragraph({
      ...TIGHT,
      alignment: AlignmentType.CENTER,
      spacing: { before: 2 * LINE, line: LINE, lineRule: LineRuleType.EXACT },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: RULE_GAP_PT } },
      children: [run(docNumber, 'body')],
    }),
  ]
}
