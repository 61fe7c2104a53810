import { Card, Col, Flex, Row, Statistic, Table, Tag } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useTranslation } from 'react-i18next'
import type { AssignmentRow } from '../../../../shared/contract/campaigns'
import { useQuery } from '../../api'
import { AssignmentActionButton } from '../../components/AssignmentActionButton'
import { CenteredSpin } from '../../components/CenteredSpin'
import { ErrorResult } from '../../components/ErrorResult'
import { PageHeader } from '../../components/PageHeader'
import { EvaluationStatusTag, GradeTag } from '../../components/tags'
import { formatDate } from '../../format/date'
import { formatPoints } from '../../format/points'
import { href } from '../../router/hash'
import { CampaignProgress } from './CampaignProgress'
import { ExportCampaignButton } from './ExportCampaignButton'

/** One campaign: its assignments, progress and the results export. */
export function CampaignPage({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation()
  const campaign = useQuery('campaigns.get', { id: campaignId })
  if (campaign.error) return <ErrorResult error={campaign.error} onRetry={campaign.reload} />
  if (!campaign.data) return <CenteredSpin />
  const c = campaign.data

  const columns: ColumnsType<AssignmentRow> = [
    { title: t('assignment.position'), key: 'position', width: 64, render: (_: unknown, row: AssignmentRow) => row.position + 1 },
    { title: t('caseField.caseNumber'), width: 220, render: (_, r) => <a href={href(`/cases/${r.case.id}`)}>{r.case.caseNumber}</a> },
    { title: t('caseField.party'), ellipsis: true, render: (_, r) => r.case.party },
    { title: t('caseField.squad'), width: 130, render: (_, r) => r.case.squadName },
    { title: t('assignment.reviewer'), dataIndex: 'reviewerName', width: 110 },
    { title: t('assignment.status'), width: 90, render: (_, r) => <EvaluationStatusTag status={r.evaluationStatus} /> },
    { title: t('assignment.score'), width: 72, align: 'right', render: (_, r) => formatPoints(r.total) },
    { title: t('assignment.grade'), width: 80, render: (_, r) => <GradeTag grade={r.grade} /> },
    { title: t('common.actions'), width: 120, render: (_, r) => <AssignmentActionButton assignmentId={r.assignmentId} status={r.evaluationStatus} /> },
  ]
  const inProgress = c.assignments.filter((a) => a.evaluationStatus === 'in_progress').length

  return (
    <div className="page">
      <PageHeader
        title={c.name}
        trail={[{ label: t('campaigns.backToList'), to: '/campaigns' }]}
        tags={<Tag>{t(`enums.campaignKind.${c.kind}`)}</Tag>}
        extra={<ExportCampaignButton campaignId={c.id} />}
      />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('campaigns.period')} value={c.startsOn || c.endsOn ? `${formatDate(c.startsOn)} ~ ${formatDate(c.endsOn)}` : '—'} styles={{ content: { fontSize: 16 } }} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('campaigns.caseCount')} value={c.caseCount} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('workbench.inProgress')} value={inProgress} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('workbench.submitted')} value={c.submittedCount} />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={t('campaigns.assignments')}
        extra={
          <Flex>
            <CampaignProgress done={c.submittedCount} total={c.caseCount} />
          </Flex>
        }
        styles={{ body: { padding: 0 } }}
      >
        <Table rowKey="assignmentId" size="small" columns={columns} dataSource={c.assignments} pagination={c.assignments.length > 100 ? { pageSize: 100 } : false} />
      </Card>
    </div>
  )
}
