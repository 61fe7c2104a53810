import { Table } from 'antd'
import { useTranslation } from 'react-i18next'
import type { BulletinRankingRow } from '../../../../../shared/contract/bulletin'
import { formatPercent } from '../../../../../shared/domain/bulletin/format'

/** The ranking table as the bulletin prints it; it follows the statistics, not the editor. */
export function RankingPreview({ rows }: { rows: BulletinRankingRow[] }) {
  const { t } = useTranslation()
  const n = (v: number | null, format: (v: number) => string = String) => (v === null ? '—' : format(v))
  const column = (key: keyof BulletinRankingRow, render?: (row: BulletinRankingRow) => string) => ({
    key,
    title: t(`bulletin.ranking.${key === 'squadName' ? 'squad' : key}`),
    render: (_: unknown, row: BulletinRankingRow) => (render ? render(row) : String(row[key])),
  })
  return (
    <Table<BulletinRankingRow>
      size="small"
      pagination={false}
      rowKey="squadName"
      data-testid="bulletin-ranking"
      dataSource={rows}
      locale={{ emptyText: t('bulletin.ranking.empty') }}
      columns={[
        column('rank', (r) => n(r.rank)),
        column('squadName'),
        column('cases'),
        column('average', (r) => n(r.average, (v) => v.toFixed(2))),
        column('excellent'),
        column('good'),
        column('pass'),
        column('fail'),
        column('passRate', (r) => n(r.passRate, formatPercent)),
        column('vetoed'),
      ]}
    />
  )
}
