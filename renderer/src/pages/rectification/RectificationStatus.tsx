import { Empty, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useTranslation } from 'react-i18next'
import { useQuery } from '../../api'
import type { NoticeSummary } from '../../../../shared/contract/rectification'
import type { StatisticsScope } from '../../../../shared/contract/statistics'
import { formatDate } from '../../format/date'
import { href } from '../../router/hash'
import { NoticeStateTag } from './NoticeStateTag'

/**
 * 整改情况 for the meeting: a campaign's notices, or for a period every notice not yet closed;
 * overdue ones first, their deadline in red.
 */
export function RectificationStatus({ scope }: { scope: StatisticsScope }) {
  const { t } = useTranslation()
  const list = useQuery('rectification.list', scope.kind === 'campaign' ? { campaignId: scope.campaignId } : {})
  const rows = (list.data ?? []).filter((n) => scope.kind === 'campaign' || n.state !== 'closed').sort((a, b) => Number(b.overdue) - Number(a.overdue))
  const columns: ColumnsType<NoticeSummary> = [
    { title: t('rectification.squad'), render: (_, n) => <a href={href(`/rectification/${n.id}`)}>{n.squadName}</a> },
    { title: t('rectification.campaign'), dataIndex: 'campaignName' },
    { title: t('rectification.deadline'), width: 110, render: (_, n) => <Typography.Text type={n.overdue ? 'danger' : undefined}>{formatDate(n.deadlineOn)}</Typography.Text> },
    { title: t('rectification.problems'), width: 150, render: (_, n) => t('rectification.progress', { rectified: n.rectified, problems: n.problems }) },
    { title: t('rectification.state'), width: 150, render: (_, n) => <NoticeStateTag notice={n} /> },
  ]
  return (
    <Table
      rowKey="id"
      size="small"
      loading={list.loading}
      columns={columns}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rectification.noneInScope')} /> }}
    />
  )
}
