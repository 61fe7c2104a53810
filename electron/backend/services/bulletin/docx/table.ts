import { AlignmentType, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx'
import { run, TIGHT } from './paragraphs'
import { SIZE, TEXT_WIDTH } from './layout'
import type { FontKey } from './fonts'

export interface DocColumn<R> {
  header: string
  /** Twentieths of a point; 0 for the one column that takes the rest of the text width. */
  width: number
  text: (row: R) => string
  /** Centred unless said otherwise; long text reads better flush left. */
  align?: 'left' | 'center'
}

function cell(text: string, font: FontKey, width: number, header: boolean, align: 'left' | 'center'): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80, top: 30, bottom: 30 },
    shading: header ? { fill: 'F2F2F2' } : undefined,
    children: [
      new Paragraph({
        ...TIGHT,
        alignment: header || align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { line: 360, lineRule: LineRuleType.EXACT },
        children: [run(text, font, { size: header ? SIZE.tableHeader : SIZE.table })],
      }),
    ],
  })
}

/** A table as wide as the text, 五号 headers and 小四 cells; the header repeats on each page, no row splits. */
export function docTable<R>(columns: readonly DocColumn<R>[], rows: readonly R[]): Table {
  const fixed = columns.reduce((sum, c) => sum + c.width, 0)
  const sized = columns.map((c) => ({ ...c, width: c.width || TEXT_WIDTH - fixed }))
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: sized.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: sized.map((c) => cell(c.header, 'heading1', c.width, true, 'center')) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: sized.map((c) => cell(c.text(r), 'body', c.width, false, c.align ?? 'center')) })),
    ],
  })
}
