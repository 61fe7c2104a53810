import { useMemo } from 'react'
import { Card, Col, Empty, Flex, Progress, Row, Statistic, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useTranslation } from 'react-i18next'
import { useQuery, type MethodOutput } from '../../api'
import { CenteredSpin } from '../../components/CenteredSpin'
import { ErrorResult } from '../../components/ErrorResult'
import { PageHeader } from '../../components/PageHeader'
import { formatDate } from '../../format/date'
import { AssignmentActionButton } from '../../components/AssignmentActionButton'
import { EvaluationStatusTag, GradeTag } from '../../components/tags'
import { ScoreCell } from '../../components/ScoreCell'
import { useFirstCaseAhead } from '../review/queueAhead'
import { OverdueNoticesCard } from '../rectification/OverdueNoticesCard'
import { QuotaShortfallsCard } from '../quotas/QuotaShortfallsCard'
import { useRights } from '../../layout/workspace'

type MyAssignment = MethodOutput<'campaigns.mine'>[number]

/** 工作台: the reviewer's own assignments, grouped by campaign. */
export function WorkbenchPage() {
  const { t } = useTranslation()
  const { lead } = useRights()
  const mine = useQuery('campaigns.mine', {})
  const campaigns = useQuery('campaigns.list', {})

  const groups = useMemo(() => {
    const byCampaign = new Map<number, [MyAssignment, ...MyAssignment[]]>()
    for (const row of mine.data ?? []) {
      const list = byCampaign.get(row.campaignId)
      if (list) list.push(row)
      else byCampaign.set(row.campaignId, [row])
    }
    return [...byCampaign.entries()].map(([campaignId, rows]) => ({
      campaignId,
      name: rows[0].campaignName,
      summary: campaigns.data?.find((c) => c.id === campaignId),
      rows: [...rows].sort((a, b) => a.position - b.position),
    }))
  }, [mine.data, campaigns.data])
  useFirstCaseAhead(groups[0]?.rows.find((r) => r.evaluationStatus !== 'submitted')?.assignmentId ?? null)

  const columns: ColumnsType<MyAssignment> = [
    { title: t('assignment.position'), dataIndex: 'position', width: 64 },
    { title: t('caseField.caseNumber'), render: (_, r) => r.case.caseNumber },
    { title: t('caseField.party'), render: (_, r) => r.case.party, ellipsis: true },
    { title: t('caseField.squad'), render: (_, r) => r.case.squadName, width: 140 },
    { title: t('caseField.domain'), render: (_, r) => t(`enums.domain.${r.case.domain}`), width: 120 },
    { title: t('assignment.status'), width: 90, render: (_, r) => <EvaluationStatusTag status={r.evaluationStatus} /> },
    { title: t('assignment.score'), width: 72, align: 'right', render: (_, r) => <ScoreCell status={r.evaluationStatus} total={r.total} /> },
    { title: t('assignment.grade'), width: 80, render: (_, r) => <GradeTag grade={r.grade} /> },
    { title: t('common.actions'), width: 120, render: (_, r) => <AssignmentActionButton assignmentId={r.assignmentId} status={r.evaluationStatus} /> },
  ]

  if (mine.error) return <ErrorResult error={mine.error} onRetry={mine.reload} />
  if (!mine.data) return <CenteredSpin />

  const all = mine.data
  const count = (s: MyAssignment['evaluationStatus']) => all.filter((r) => r.evaluationStatus === s).length

  return (
    <div className="page">
      <PageHeader title={t('workbench.title')} />
      {lead && <OverdueNoticesCard />}
      {lead && <QuotaShortfallsCard />}
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={8}>
          <Card size="small">
            <Statistic title={t('workbench.toDo')} value={count('not_started')} />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small">
            <Statistic title={t('workbench.inProgress')} value={count('in_progress')} />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small">
            <Statistic title={t('workbench.submitted')} value={count('submitted')} />
          </Card>
        </Col>
      </Row>

      {groups.length === 0 && (
        <Card>
          <Empty description={t('workbench.empty')}>
            <Typography.Text type="secondary">{t('workbench.emptyHint')}</Typography.Text>
          </Empty>
        </Card>
      )}

      <Flex vertical gap={16}>
        {groups.map((group) => {
          const done = group.rows.filter((r) => r.evaluationStatus === 'submitted').length
          const summary = group.summary
          return (
            <Card
              key={group.campaignId}
              data-testid="workbench-campaign"
              title={
                <Flex align="center" gap={8} wrap>
                  <a href={`#/campaigns/${group.campaignId}`}>{group.name}</a>
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
                    {t('workbench.progress', { done, total: group.rows.length })}
                  </Typography.Text>
                  <Progress percent={Math.round((done / group.rows.length) * 100)} size="small" style={{ width: 120, margin: 0 }} />
                </Flex>
              }
              styles={{ body: { padding: 0 } }}
            >
              <Table rowKey="assignmentId" size="small" columns={columns} dataSource={group.rows} pagination={false} />
            </Card>
          )
        })}
      </Flex>
    </div>
  )
}
