import { useMemo } from 'react'
import { Card, Col, Empty, Flex, Row, Statistic, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
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
import { QueueCard } from './QueueCard'

type MyAssignment = MethodOutput<'campaigns.mine'>[number]
type MyObject = MethodOutput<'campaigns.mineObjects'>[number]

/** Where the reviewer stands on a row: status, score, grade, and the button to go on. */
function progressColumns<R extends Pick<MyAssignment, 'assignmentId' | 'evaluationStatus' | 'total' | 'grade'>>(t: TFunction): ColumnsType<R> {
  return [
    { title: t('assignment.status'), width: 90, render: (_, r) => <EvaluationStatusTag status={r.evaluationStatus} /> },
    { title: t('assignment.score'), width: 72, align: 'right', render: (_, r) => <ScoreCell status={r.evaluationStatus} total={r.total} /> },
    { title: t('assignment.grade'), width: 80, render: (_, r) => <GradeTag grade={r.grade} /> },
    { title: t('common.actions'), width: 120, render: (_, r) => <AssignmentActionButton assignmentId={r.assignmentId} status={r.evaluationStatus} /> },
  ]
}

/** The queue's rows by campaign, each campaign's in its order. */
function byCampaign<Row extends { campaignId: number; campaignName: string; position: number }>(rows: readonly Row[]) {
  const groups = new Map<number, Row[]>()
  for (const row of rows) {
    const group = groups.get(row.campaignId)
    if (group) group.push(row)
    else groups.set(row.campaignId, [row])
  }
  return [...groups.entries()].map(([campaignId, list]) => ({ campaignId, name: list[0]!.campaignName, rows: list.sort((a, b) => a.position - b.position) }))
}

/** 工作台: the reviewer's own assignments, grouped by campaign. */
export function WorkbenchPage() {
  const { t } = useTranslation()
  const { lead } = useRights()
  const mine = useQuery('campaigns.mine', {})
  const mineObjects = useQuery('campaigns.mineObjects', {})
  const campaigns = useQuery('campaigns.list', {})

  const groups = useMemo(() => byCampaign(mine.data ?? []), [mine.data])
  const objectGroups = useMemo(() => byCampaign(mineObjects.data ?? []), [mineObjects.data])
  const summaryOf = (campaignId: number) => campaigns.data?.find((c) => c.id === campaignId)
  useFirstCaseAhead(groups[0]?.rows.find((r) => r.evaluationStatus !== 'submitted')?.assignmentId ?? null)

  const columns: ColumnsType<MyAssignment> = [
    { title: t('assignment.position'), dataIndex: 'position', width: 64 },
    { title: t('caseField.caseNumber'), render: (_, r) => r.case.caseNumber },
    { title: t('caseField.party'), render: (_, r) => r.case.party, ellipsis: true },
    { title: t('caseField.squad'), render: (_, r) => r.case.squadName, width: 140 },
    { title: t('caseField.domain'), render: (_, r) => t(`enums.domain.${r.case.domain}`), width: 120 },
    ...progressColumns<MyAssignment>(t),
  ]

  const objectColumns: ColumnsType<MyObject> = [
    { title: t('assignment.position'), dataIndex: 'position', width: 64 },
    { title: t('campaignSetup.objects.label'), render: (_, r) => r.object.label },
    { title: t('campaignSetup.objects.squad'), render: (_, r) => r.object.squadName, width: 140 },
    { title: t('campaignSetup.objects.date'), render: (_, r) => formatDate(r.object.date), width: 120 },
    ...progressColumns<MyObject>(t),
  ]

  const error = mine.error ?? mineObjects.error
  if (error) return <ErrorResult error={error} onRetry={() => {
          mine.reload()
          mineObjects.reload()
        }} />
  if (!mine.data || !mineObjects.data) return <CenteredSpin />

  const all: { evaluationStatus: MyAssignment['evaluationStatus'] }[] = [...mine.data, ...mineObjects.data]
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

      {groups.length + objectGroups.length === 0 && (
        <Card>
          <Empty description={t('workbench.empty')}>
            <Typography.Text type="secondary">{t('workbench.emptyHint')}</Typography.Text>
          </Empty>
        </Card>
      )}

      <Flex vertical gap={16}>
        {groups.map((g) => (
          <QueueCard key={g.campaignId} campaignId={g.campaignId} name={g.name} summary={summaryOf(g.campaignId)} rows={g.rows} columns={columns} />
        ))}
        {objectGroups.map((g) => (
          <QueueCard key={g.campaignId} campaignId={g.campaignId} name={g.name} summary={summaryOf(g.campaignId)} rows={g.rows} columns={objectColumns} />
        ))}
      </Flex>
    </div>
  )
}
