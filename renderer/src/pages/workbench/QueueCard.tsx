import { Card, Flex, Progress, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useTranslation } from 'react-i18next'
import type { MethodOutput } from '../../api'
import { formatDate } from '../../format/date'

type Campaign = MethodOutput<'campaigns.list'>[number]

/** One campaign of the reviewer's queue: its name, kind and period, how far they are, and the table. */
export function QueueCard<Row extends { assignmentId: number; evaluationStatus: string }>({
  campaignId,
  name,
  summary,
  rows,
  columns,
}: {
  campaignId: number
  name: string
  summary: Campaign | undefined
  rows: Row[]
  columns: ColumnsType<Row>
}) {
  const { t } = useTranslation()
  const done = rows.filter((r) => r.evaluationStatus === 'submitted').length
  return (
    <Card
      data-testid="workbench-campaign"
      title={
        <Flex align="center" gap={8} wrap>
          <a href={`#/campaigns/${campaignId}`}>{name}</a>
          {summary && <Tag>{t(`enums.campaignKind.${summary.kind}`)}</Tag>}
          {summary?.startsOn && (
            <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
              {t('workbench.period', { from: formatDate(summary.startsOn), to: formatDate(summary.endsOn) })}
            </Typography.Text>
          )}
        </Flex>
      }
      extra={
        <Flex align="center" gap={8} style={{ minWidth: 260 }}>
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {t('workbench.progress', { done, total: rows.length })}
          </Typography.Text>
          <Progress percent={Math.round((done / rows.length) * 100)} size="small" style={{ width: 120, margin: 0 }} />
        </Flex>
      }
      styles={{ body: { padding: 0 } }}
    >
      <Table rowKey="assignmentId" size="small" columns={columns} dataSource={rows} pagination={false} />
    </Card>
  )
}
