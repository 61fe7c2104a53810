import type { Table } from 'docx'
import type { BulletinRankingRow } from '../../../../../shared/contract/bulletin'
import { formatPercent } from '../../../../../shared/domain/bulletin/format'
import { docTable, type DocColumn } from './table'

const NARROW = 700
const WIDE = 860
const n = (v: number) => String(v)

/** Each column as wide as its 五号 header (or a 小四 figure) plus the cell margins; the squad's name takes the rest. */
const COLUMNS: readonly DocColumn<BulletinRankingRow>[] = [
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

/** The squads ranked by average score, as 一、总体情况 shows them. */
export function rankingTable(rows: readonly BulletinRankingRow[]): Table {
  return docTable(COLUMNS, rows)
}
