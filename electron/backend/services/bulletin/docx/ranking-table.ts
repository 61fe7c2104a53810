import { AlignmentType, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx'
import type { BulletinRankingRow } from '../../../../../shared/contract/bulletin'
import { formatPercent } from '../../../../../shared/domain/bulletin/format'
import { run, TIGHT } from './paragraphs'
import { SIZE, TEXT_WIDTH } from './layout'
import type { FontKey } from './fonts'

const NARROW = 700
const WIDE = 860
const n = (v: number) => String(v)

interface Column {
  header: string
  /** As wide as its 五号 header (or a 小四 figure) plus the cell margins; 0 for the squad's name, which takes the rest. */
  width: number
  text: (r: BulletinRankingRow) => string
}

const FIXED: readonly Column[] = [
  { header: '名次', width: 680, text: (r) => (r.rank === null ? '—' : n(r.rank)) },
  { header: '中队', width: 0, text: (r) => r.squadName },
  { header: '案卷数', width: WIDE, text: (r) => n(r.cases) },
  { header: '平均分', width: WIDE, text: (r) => (r.average === null ? '—' : r.average.toFixed(2)) },
  { header: '优秀', width: NARROW, text: (r) => n(r.excellent) },
  { header: '良好', width: NARROW, text: (r) => n(r.good) },
  { header: '合格', width: NARROW, text: (r) => n(r.pass) },
  { header: '不合格', width: WIDE, text: (r) => n(r.fail) },
  { header: '合格率', width: WIDE, text: (r) => (r.passRate === null ? '—' : formatPercent(r.passRate)) },
  { header: '否决', width: NARROW, text: (r) => n(r.vetoed) },
]
const COLUMNS = FIXED.map((c) => ({ ...c, width: c.width || TEXT_WIDTH - FIXED.reduce((sum, f) => sum + f.width, 0) }))

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

/** The squads ranked by average score, as 一、总体情况 shows them; the header repeats on each page. */
export function rankingTable(rows: readonly BulletinRankingRow[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: COLUMNS.map((c) => cell(c.header, 'heading1', c.width, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: COLUMNS.map((c) => cell(c.text(r), 'body', c.width)) })),
    ],
  })
}
