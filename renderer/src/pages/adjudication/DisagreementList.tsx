import { Button, Empty, Table, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AdjudicationRow } from '../../../../shared/contract/adjudication'
import { GradeTag } from '../../components/tags'
import { formatPoints } from '../../format/points'
import { href } from '../../router/hash'

const REASON_COLORS = { total: 'orange', grade: 'gold', veto: 'red' } as const

function ScoreOf({ total, grade }: { total: number | null; grade: string | null }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {formatPoints(total)} <GradeTag grade={grade} />
    </span>
  )
}

/** The disagreements of a campaign, waiting or decided, each a way into the side-by-side page. */
export function DisagreementList({ campaignId, rows }: { campaignId: number; rows: AdjudicationRow[] }) {
  const { t } = useTranslation()
  return (
    <Table<AdjudicationRow>
      data-testid="adjudication-list"
      rowKey="caseId"
      size="small"
      pagination={rows.length > 50 ? { pageSize: 50 } : false}
      dataSource={rows}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('adjudication.noDisagreements')} /> }}
      onRow={(r) => ({ 'data-testid': `adjudication-row-${r.caseId}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('adjudication.caseNumber'), width: 230, render: (_, r) => <a href={href(`/cases/${r.caseId}`)}>{r.caseNumber}</a> },
        { title: t('adjudication.squad'), width: 130, ellipsis: true, render: (_, r) => r.squadName },
        {
          title: t('adjudication.reviewerA'),
          width: 150,
          render: (_, r) => (
            <>
              {r.reviews[0].reviewerName} <ScoreOf {...r.reviews[0]} />
            </>
          ),
        },
        {
          title: t('adjudication.reviewerB'),
          width: 150,
          render: (_, r) => (
            <>
              {r.reviews[1].reviewerName} <ScoreOf {...r.reviews[1]} />
            </>
          ),
        },
        {
          title: t('adjudication.why'),
          render: (_, r) =>
            r.reasons.map((reason) => (
              <Tag key={reason} color={REASON_COLORS[reason]}>
                {t(`adjudication.reasons.${reason}`)}
              </Tag>
            )),
        },
        {
          title: t('adjudication.state'),
          width: 90,
          render: (_, r) => <Tag color={r.state === 'waiting' ? 'warning' : 'success'}>{t(`adjudication.states.${r.state}`)}</Tag>,
        },
        {
          title: t('adjudication.campaignScore'),
          width: 120,
          render: (_, r) => <span data-testid={`campaign-score-${r.caseId}`}>{r.state === 'decided' ? <ScoreOf total={r.total} grade={r.grade} /> : t('adjudication.pending')}</span>,
        },
        {
          title: t('adjudication.actions'),
          width: 90,
          render: (_, r) => (
            <Button size="small" type={r.state === 'waiting' ? 'primary' : 'default'} href={href(`/campaigns/${campaignId}/adjudicate/${r.caseId}`)} data-testid={`adjudicate-${r.caseId}`}>
              {r.state === 'waiting' ? t('adjudication.open') : t('adjudication.view')}
            </Button>
          ),
        },
      ]}
    />
  )
}
