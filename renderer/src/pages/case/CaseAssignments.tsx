import { Card, Empty, Flex, Table } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useTranslation } from 'react-i18next'
import { useQuery, type MethodOutput } from '../../api'
import { AssignmentActionButton } from '../../components/AssignmentActionButton'
import { EvaluationStatusTag, GradeTag } from '../../components/tags'
import { ScoreCell } from '../../components/ScoreCell'
import { href } from '../../router/hash'
import { sheetsPath } from '../sheets/paths'

type Row = MethodOutput<'campaigns.forCase'>[number]

/** The campaigns this case is drawn into, with a way into each evaluation. */
export function CaseAssignments({ caseId }: { caseId: number }) {
  const { t } = useTranslation()
  const rows = useQuery('campaigns.forCase', { caseId })
  const columns: ColumnsType<Row> = [
    { title: t('assignment.campaign'), dataIndex: 'campaignName', render: (name: string, r) => <a href={href(`/campaigns/${r.campaignId}`)}>{name}</a> },
    { title: t('assignment.reviewer'), dataIndex: 'reviewerName', width: 120 },
    { title: t('assignment.status'), width: 90, render: (_, r) => <EvaluationStatusTag status={r.evaluationStatus} /> },
    { title: t('assignment.score'), width: 72, align: 'right', render: (_, r) => <ScoreCell status={r.evaluationStatus} total={r.total} /> },
    { title: t('assignment.grade'), width: 80, render: (_, r) => <GradeTag grade={r.grade} /> },
    {
      title: t('common.actions'),
      width: 200,
      render: (_, r) => (
        <Flex gap={8} align="center">
          <AssignmentActionButton assignmentId={r.assignmentId} status={r.evaluationStatus} />
          <a href={href(sheetsPath(r.campaignId, caseId))} data-testid="case-print-sheet">
            {t('sheets.printAll')}
          </a>
        </Flex>
      ),
    },
  ]
  return (
    <Card size="small" title={t('case.assignments')}>
      <Table
        rowKey="assignmentId"
        size="small"
        loading={rows.loading}
        columns={columns}
        dataSource={rows.data ?? []}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('case.noAssignments')} /> }}
      />
    </Card>
  )
}
