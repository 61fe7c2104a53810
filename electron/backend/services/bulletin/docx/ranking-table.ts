import { AlignmentType, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx'
import type { BulletinRankingRow } from '../../../../../shared/contract/bulletin'
import { formatPercent } from '../../../../../shared/domain/bulletin/format'
import { run, TIGHT } from './paragraphs'
import { SIZE, TEXT_WIDTH } from './layout'
import type { FontKey } from './fonts'

const HEADER = ['名次', '中队', '案卷数', '平均分', '优秀', '良好', '合格', '不合格', '合格率', '否决'] as const
/** Each column as wide as its 五号 header (or a 小四 figure) plus the cell margins; the squad's name takes the rest. */
const NARROW = 700
const WIDE = 860
const FIXED = [680, 0, WIDE, WIDE, NARROW, NARROW, NARROW, WIDE, WIDE, NARROW]
const COLUMNS = FIXED.map((w) => w || TEXT_WIDTH - FIXED.reduce((a, b) => a + b, 0))

function cell(text: string, font: FontKey, width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80, top: 30, bottom: 30 },
    shading: header ? { fill: 'F2F2F2' } : undefined,
    children: [
      new Paragraph({
        ...TIGHT,
        alignment: AlignmentType.CENTER,
        spacing: { line: 360, lineRule: LineRuleType.EXACT },
        children: [run(text, font, { size: header ? SIZE.tableHeader : SIZE.table })],
      }),
    ],
  })
}

function values(r: BulletinRankingRow): string[] {
  const n = (v: number) => String(v)
  return [
    r.rank === null ? '—' : n(r.rank),
    r.squadName,
    n(r.cases),
    r.average === null ? '—' : r.average.toFixed(2),
    n(r.excellent),
    n(r.good),
    n(r.pass),
    n(r.fail),
    r.passRate === null ? '—' : formatPercent(r.passRate),
    n(r.vetoed),
  ]
}

/** The squads ranked by average score, as 一、总体情况 shows them; the header repeats on each page. */
export function rankingTable(rows: readonly BulletinRankingRow[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: HEADER.map((h, i) => cell(h, 'heading1', COLUMNS[i], true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: values(r).map((v, i) => cell(v, 'body', COLUMNS[i])) })),
    ],
  })
}
