import { Table, Tag, Typography } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { StatisticsReport } from '../../../../shared/contract/statistics'
import { formatPoints } from '../../format/points'
import { formatPercent } from '../adjudication/format'

type Squad = StatisticsReport['squads'][number]
type Officer = StatisticsReport['officers'][number]

function RankChange({ row }: { row: Squad }) {
  const { t } = useTranslation()
  if (row.rank === null) return null
  if (row.rankChange === null) return <Tag>{t('statistics.newEntry')}</Tag>
  if (row.rankChange === 0) return <Typography.Text type="secondary">—</Typography.Text>
  return row.rankChange > 0 ? (
    <Typography.Text type="success">
      <ArrowUpOutlined /> {row.rankChange}
    </Typography.Text>
  ) : (
    <Typography.Text type="danger">
      <ArrowDownOutlined /> {-row.rankChange}
    </Typography.Text>
  )
}

const signed = (n: number | null) => (n === null ? '—' : n > 0 ? `+${formatPoints(n)}` : n < 0 ? `−${formatPoints(-n)}` : '0')

/** 中队排名: by average score, ties sharing a rank, with the move since the previous period. */
export function SquadTable({ rows }: { rows: Squad[] }) {
  const { t } = useTranslation()
  return (
    <Table<Squad>
      data-testid="stats-squads"
      rowKey="squadId"
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 900 }}
      columns={[
        { title: t('statistics.rank'), dataIndex: 'rank', width: 64, align: 'center' },
        { title: t('statistics.squad'), dataIndex: 'squadName', width: 150 },
        { title: t('statistics.cases'), dataIndex: 'cases', width: 80, align: 'right' },
        { title: t('statistics.average'), width: 80, align: 'right', render: (_, r) => formatPoints(r.average) },
        { title: t('statistics.excellent'), width: 64, align: 'right', render: (_, r) => r.grades.excellent },
        { title: t('statistics.good'), width: 64, align: 'right', render: (_, r) => r.grades.good },
        { title: t('statistics.pass'), width: 64, align: 'right', render: (_, r) => r.grades.pass },
        { title: t('statistics.fail'), width: 70, align: 'right', render: (_, r) => r.grades.fail },
        { title: t('statistics.passRate'), width: 80, align: 'right', render: (_, r) => formatPercent(r.passRate) },
        { title: t('statistics.vetoed'), dataIndex: 'vetoed', width: 80, align: 'right' },
        { title: t('statistics.rankChange'), width: 90, align: 'center', render: (_, r) => <RankChange row={r} /> },
        { title: t('statistics.averageChange'), width: 90, align: 'right', render: (_, r) => signed(r.averageChange) },
      ]}
    />
  )
}

/** 执法人员: the officers of the evaluated cases, most problems first. */
export function OfficerTable({ rows }: { rows: Officer[] }) {
  const { t } = useTranslation()
  return (
    <Table<Officer>
      data-testid="stats-officers"
      rowKey="officerId"
      size="small"
      pagination={rows.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
      dataSource={rows}
      columns={[
        { title: t('statistics.officer'), dataIndex: 'officerName', width: 110 },
        { title: t('statistics.squad'), dataIndex: 'squadName', width: 150 },
        { title: t('statistics.cases'), dataIndex: 'cases', width: 80, align: 'right' },
        { title: t('statistics.average'), width: 80, align: 'right', render: (_, r) => formatPoints(r.average) },
        { title: t('statistics.problems'), dataIndex: 'problems', width: 80, align: 'right' },
        { title: t('statistics.pointsLost'), width: 90, align: 'right', render: (_, r) => formatPoints(r.pointsLost) },
      ]}
    />
  )
}
