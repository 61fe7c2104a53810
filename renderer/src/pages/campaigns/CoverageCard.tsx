import { Alert, Progress, Table, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useQuery, type MethodOutput } from '../../api'

type Row = MethodOutput<'campaigns.coverage'>['bySquad'][number]

/** 年度抽查覆盖率: the share of the year's closed cases that campaigns have sampled, per squad, against the plan's 10%. */
export function CoverageCard({ year }: { year: number }) {
  const { t } = useTranslation()
  const coverage = useQuery('campaigns.coverage', { year })
  const c = coverage.data
  if (!c) return null
  const share = (r: { closed: number; sampled: number }) => (r.closed === 0 ? 0 : r.sampled / r.closed)
  const bar = (r: { closed: number; sampled: number }) => {
    const s = share(r)
    return (
      <Progress
        percent={Math.round(s * 1000) / 10}
        size="small"
        status={s >= c.target ? 'success' : 'exception'}
        format={(p) => `${p}%`}
        style={{ width: 160, margin: 0 }}
      />
    )
  }
  const met = (r: { closed: number; sampled: number }) => (share(r) >= c.target ? <Tag color="success">{t('campaignSetup.coverage.met')}</Tag> : <Tag color="error">{t('campaignSetup.coverage.below')}</Tag>)
  const total = { squadId: 0, squadName: t('campaignSetup.coverage.total'), ...c.total }
  return (
    <div style={{ padding: 12 }} data-testid="coverage">
      <Alert
        type={share(c.total) >= c.target ? 'success' : 'warning'}
        showIcon
        style={{ marginBottom: 12 }}
        title={`${t('campaignSetup.coverage.year', { year: c.year })}：${c.total.sampled} / ${c.total.closed}（${Math.round(share(c.total) * 1000) / 10}%）`}
        description={t('campaignSetup.coverage.target', { percent: Math.round(c.target * 100) })}
      />
      <Table<Row>
        rowKey="squadId"
        size="small"
        pagination={false}
        dataSource={[...c.bySquad, total]}
        columns={[
          { title: t('campaignSetup.board.squad'), dataIndex: 'squadName' },
          { title: t('campaignSetup.coverage.closed'), dataIndex: 'closed', width: 90, align: 'right' },
          { title: t('campaignSetup.coverage.sampled'), dataIndex: 'sampled', width: 90, align: 'right' },
          { title: t('campaignSetup.coverage.share'), width: 200, render: (_, r) => bar(r) },
          { title: '', width: 90, render: (_, r) => met(r) },
        ]}
        onRow={(r) => ({ 'data-testid': 'coverage-row', style: r.squadId === 0 ? { fontWeight: 600 } : undefined }) as never}
      />
    </div>
  )
}
