import { Alert, Button, Flex, InputNumber, Select, Switch, Table, Tag, Typography } from 'antd'
import { TeamOutlined } from '@ant-design/icons'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssignmentRow } from '../../../../shared/contract/campaigns'
import { api, useQuery, type MethodOutput } from '../../api'
import { AssignmentActionButton } from '../../components/AssignmentActionButton'
import { EvaluationStatusTag, GradeTag } from '../../components/tags'
import { ScoreCell } from '../../components/ScoreCell'
import { href } from '../../router/hash'
import { useCampaignAction } from './useCampaignAction'

type Campaign = MethodOutput<'campaigns.get'>

/** 分配: the reviewers, automatic balanced assignment with recusal, and each reviewer's numbered queue. */
export function AssignmentTab({ campaign, reload }: { campaign: Campaign; reload: () => void }) {
  const { t } = useTranslation()
  const { busy, run } = useCampaignAction(reload)
  const options = useQuery('campaigns.reviewerOptions', {})
  const byReviewer = new Map<number, [AssignmentRow, ...AssignmentRow[]]>()
  for (const a of campaign.assignments) {
    const rows = byReviewer.get(a.reviewerId)
    if (rows) rows.push(a)
    else byReviewer.set(a.reviewerId, [a])
  }
  const assigned = [...byReviewer.keys()]
  const [chosen, setChosen] = useState<number[] | null>(null)
  const reviewerIds = chosen ?? assigned
  const draft = campaign.status === 'draft'
  const pages = new Map(campaign.cases.map((c) => [c.case.id, c.pages]))
  const label = (r: MethodOutput<'campaigns.reviewerOptions'>[number]) => `${r.name}（${r.squadName ?? t('campaignSetup.noSquad')}）`

  const queues = [...byReviewer].map(([id, rows]) => ({
    id,
    name: rows[0].reviewerName,
    count: rows.length,
    pages: rows.reduce((n, a) => n + (pages.get(a.case.id) ?? 0), 0),
  }))

  const columns: ColumnsType<AssignmentRow> = [
    { title: t('campaignSetup.position'), dataIndex: 'position', width: 64 },
    { title: t('caseField.caseNumber'), width: 220, render: (_, r) => <a href={href(`/cases/${r.case.id}`)}>{r.case.caseNumber}</a> },
    { title: t('caseField.party'), ellipsis: true, render: (_, r) => r.case.party },
    { title: t('caseField.squad'), width: 130, render: (_, r) => r.case.squadName },
    ...(campaign.doubleReview ? [{ title: '', width: 72, render: (_: unknown, r: AssignmentRow) => <Tag>{t('campaignSetup.round', { round: r.round })}</Tag> }] : []),
    {
      title: t('assignment.reviewer'),
      width: 200,
      render: (_, r) =>
        draft ? (
          <Select
            size="small"
            style={{ width: '100%' }}
            value={r.reviewerId}
            popupMatchSelectWidth={false}
            options={(options.data ?? []).map((o) => ({ value: o.id, label: label(o) }))}
            onChange={(reviewerId: number) => void run('reassign', () => api.call('campaigns.reassign', { assignmentId: r.assignmentId, reviewerId }), t('campaignSetup.reassigned'))}
            data-testid="reassign"
          />
        ) : (
          r.reviewerName
        ),
    },
    { title: t('assignment.status'), width: 90, render: (_, r) => <EvaluationStatusTag status={r.evaluationStatus} /> },
    { title: t('assignment.score'), width: 72, align: 'right', render: (_, r) => <ScoreCell status={r.evaluationStatus} total={r.total} /> },
    { title: t('assignment.grade'), width: 80, render: (_, r) => <GradeTag grade={r.grade} /> },
    ...(draft ? [] : [{ title: t('common.actions'), width: 110, render: (_: unknown, r: AssignmentRow) => <AssignmentActionButton assignmentId={r.assignmentId} status={r.evaluationStatus} /> }]),
  ]

  return (
    <>
      {draft && (
        <Flex vertical gap={8} style={{ padding: 12 }}>
          <Flex gap={16} align="center" wrap>
            <Flex gap={8} align="center">
              {t('campaignSetup.doubleReview')}
              <Switch
                checked={campaign.doubleReview}
                loading={busy === 'options'}
                onChange={(doubleReview) => void run('options', () => api.call('campaigns.setOptions', { campaignId: campaign.id, doubleReview, tolerance: campaign.tolerance }), t('campaignSetup.saved'))}
                data-testid="double-review"
              />
            </Flex>
            {campaign.doubleReview && (
              <Flex gap={8} align="center">
                {t('campaignSetup.tolerance')}
                <InputNumber
                  min={0}
                  max={100}
                  step={0.5}
                  defaultValue={campaign.tolerance}
                  onBlur={(e) => {
                    const tolerance = Number(e.target.value)
                    if (Number.isFinite(tolerance) && tolerance !== campaign.tolerance) void run('options', () => api.call('campaigns.setOptions', { campaignId: campaign.id, doubleReview: true, tolerance }), t('campaignSetup.saved'))
                  }}
                  style={{ width: 100 }}
                  data-testid="tolerance"
                />
              </Flex>
            )}
          </Flex>
          <Typography.Text type="secondary">{t('campaignSetup.reviewersHint')}</Typography.Text>
          <Flex gap={8} wrap>
            <Select
              mode="multiple"
              style={{ minWidth: 420, flex: 1 }}
              placeholder={t('campaignSetup.chooseReviewers')}
              value={reviewerIds}
              onChange={setChosen}
              options={(options.data ?? []).map((o) => ({ value: o.id, label: label(o) }))}
              optionFilterProp="label"
              data-testid="assign-reviewers"
            />
            <Button
              type="primary"
              icon={<TeamOutlined />}
              disabled={reviewerIds.length === 0 || campaign.cases.length === 0}
              loading={busy === 'assign'}
              onClick={() => void run('assign', () => api.call('campaigns.assign', { campaignId: campaign.id, reviewerIds }), t('campaignSetup.assigned', { count: reviewerIds.length }))}
              data-testid="auto-assign"
            >
              {t('campaignSetup.autoAssign')}
            </Button>
          </Flex>
        </Flex>
      )}
      {queues.length > 0 ? (
        <Flex gap={8} wrap style={{ padding: '0 12px 12px' }} data-testid="reviewer-queues">
          {queues.map((q) => (
            <Tag key={q.id} color="blue">
              {t('campaignSetup.queueOf', q)}
            </Tag>
          ))}
        </Flex>
      ) : (
        <Alert type="info" showIcon title={t('campaignSetup.unassigned')} style={{ margin: '0 12px 12px' }} />
      )}
      <Table
        rowKey="assignmentId"
        size="small"
        columns={columns}
        dataSource={campaign.assignments}
        pagination={campaign.assignments.length > 100 ? { pageSize: 100 } : false}
        onRow={(r) => ({ 'data-testid': 'assignment-row', 'data-case-number': r.case.caseNumber, 'data-reviewer': r.reviewerName, 'data-squad': r.case.squadName, 'data-procedure': r.case.procedure, 'data-case-type': r.case.caseType }) as never}
      />
    </>
  )
}
