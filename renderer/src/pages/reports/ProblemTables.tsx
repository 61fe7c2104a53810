import { Flex, Segmented, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StatisticsReport } from '../../../../shared/contract/statistics'
import { formatPoints } from '../../format/points'
import { formatPercent } from '../adjudication/format'
import { formatDate } from '../../format/date'

type Category = StatisticsReport['categories'][number]
type Item = StatisticsReport['items'][number]
type Repeat = StatisticsReport['repeats'][number]

function Squads({ squads }: { squads: Category['squads'] }) {
  const { t } = useTranslation()
  return <Typography.Text>{squads.map((s) => t('statistics.squadCases', { name: s.squadName, count: s.cases })).join('、')}</Typography.Text>
}

const pagination = (n: number) => (n > 10 ? { pageSize: 10, size: 'small' as const, showSizeChanger: false } : false)

/** 问题类别: how many cases each category occurs in, their share, the points lost, which squads. */
export function CategoryTable({ rows }: { rows: Category[] }) {
  const { t } = useTranslation()
  return (
    <Table<Category>
      data-testid="stats-categories"
      rowKey="category"
      size="small"
      pagination={pagination(rows.length)}
      dataSource={rows}
      columns={[
        { title: t('statistics.rank'), width: 64, align: 'center', render: (_, __, i) => i + 1 },
        { title: t('statistics.category'), dataIndex: 'category', width: 160 },
        { title: t('statistics.cases'), dataIndex: 'cases', width: 80, align: 'right' },
        { title: t('statistics.share'), width: 110, align: 'right', render: (_, r) => formatPercent(r.share) },
        { title: t('statistics.pointsLost'), width: 90, align: 'right', render: (_, r) => formatPoints(r.pointsLost) },
        { title: t('statistics.squadsInvolved'), render: (_, r) => <Squads squads={r.squads} /> },
      ]}
    />
  )
}

export function ItemTable({ rows }: { rows: Item[] }) {
  const { t, i18n } = useTranslation()
  return (
    <Table<Item>
      data-testid="stats-items"
      rowKey={(r) => `${r.rubricId}/${r.itemId}`}
      size="small"
      pagination={pagination(rows.length)}
      dataSource={rows}
      columns={[
        { title: t('statistics.item'), ellipsis: { showTitle: true }, render: (_, r) => `${r.itemId} ${i18n.language === 'en' ? r.titleEn : r.title}` },
        { title: t('statistics.category'), dataIndex: 'category', width: 140 },
        { title: t('statistics.cases'), dataIndex: 'cases', width: 80, align: 'right' },
        { title: t('statistics.share'), width: 110, align: 'right', render: (_, r) => formatPercent(r.share) },
        { title: t('statistics.pointsLost'), width: 90, align: 'right', render: (_, r) => formatPoints(r.pointsLost) },
        { title: t('statistics.squadsInvolved'), width: 240, render: (_, r) => <Squads squads={r.squads} /> },
      ]}
    />
  )
}

/** 反复出现的问题: an item deducted in ≥ 3 cases of one squad or officer. */
function RepeatTable({ rows }: { rows: Repeat[] }) {
  const { t, i18n } = useTranslation()
  return (
    <Table<Repeat>
      data-testid="stats-repeats"
      rowKey={(r) => `${r.by}/${r.ownerId}/${r.rubricId}/${r.itemId}`}
      size="small"
      pagination={pagination(rows.length)}
      dataSource={rows}
      locale={{ emptyText: t('statistics.noRepeats') }}
      columns={[
        { title: t('statistics.by'), width: 100, render: (_, r) => <Tag color={r.by === 'squad' ? 'volcano' : 'gold'}>{t(r.by === 'squad' ? 'statistics.bySquad' : 'statistics.byOfficer')}</Tag> },
        { title: t('statistics.owner'), dataIndex: 'ownerName', width: 150 },
        { title: t('statistics.item'), ellipsis: { showTitle: true }, render: (_, r) => `${r.itemId} ${i18n.language === 'en' ? r.titleEn : r.title}` },
        { title: t('statistics.cases'), dataIndex: 'cases', width: 80, align: 'right' },
      ]}
    />
  )
}

/** Repeat problems within the scope, or within the twelve months up to its end. */
export function RepeatProblems({ report }: { report: StatisticsReport }) {
  const { t } = useTranslation()
  const [rolling, setRolling] = useState(false)
  return (
    <Flex vertical gap={8}>
      <Segmented
        data-testid="stats-repeats-window"
        style={{ alignSelf: 'flex-start' }}
        value={rolling ? 'rolling' : 'scope'}
        onChange={(v) => setRolling(v === 'rolling')}
        options={[
          { value: 'scope', label: t('statistics.repeatsInPeriod') },
          { value: 'rolling', label: t('statistics.repeatsRolling', { from: formatDate(report.rolling.from), to: formatDate(report.rolling.to) }) },
        ]}
      />
      <RepeatTable rows={rolling ? report.rollingRepeats : report.repeats} />
    </Flex>
  )
}
