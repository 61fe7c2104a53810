import { Select, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api'
import type { NoticeDetail, RectificationProblem, RectificationVerdict } from '../../../../shared/contract/rectification'
import { useFeedback } from '../../components/useFeedback'
import { formatDateTime } from '../../format/date'
import { href } from '../../router/hash'
import { ReasonModal } from '../campaigns/ReasonModal'

const VERDICT_COLORS: Record<RectificationVerdict, string> = { pending: 'default', rectified: 'green', partial: 'orange', not_rectified: 'red' }
const FOLLOW_UP_COLORS = { pending: 'processing', closed: 'success', reopened: 'error' } as const
type Verdict = Exclude<RectificationVerdict, 'pending'>

/** The notice's problems as found, what the squad says it did, and the lead's verdict on each. */
export function ProblemsTable({ notice, lead, onChanged }: { notice: NoticeDetail; lead: boolean; onChanged: (notice: NoticeDetail) => void }) {
  const { t } = useTranslation()
  const { fail } = useFeedback()
  const [asking, setAsking] = useState<{ problem: RectificationProblem; verdict: Verdict } | null>(null)

  async function verify(problemId: number, verdict: Verdict, reason = ''): Promise<boolean> {
    try {
      onChanged(await api.call('rectification.verify', { problemId, verdict, reason }))
      return true
    } catch (err) {
      fail(err)
      return false
    }
  }

  const columns: ColumnsType<RectificationProblem> = [
    { title: t('rectification.caseNumber'), width: 230, render: (_, p) => <a href={href(`/cases/${p.caseId}`)}>{p.caseNumber}</a> },
    {
      title: t('rectification.item'),
      render: (_, p) => (
        <Space size={4} wrap>
          {p.kind === 'veto' && <Tag color="red">{t('rectification.veto')}</Tag>}
          <span>
            {p.itemId} {p.title}
          </span>
        </Space>
      ),
    },
    { title: t('rectification.points'), width: 60, align: 'right', render: (_, p) => (p.points === null ? '—' : `−${p.points}`) },
    { title: t('rectification.reason'), dataIndex: 'reason', render: (v: string, p) => `${v}${p.page ? `（${t('rectification.page')} ${p.page}）` : ''}` },
    { title: t('rectification.reply'), dataIndex: 'reply', render: (v: string) => v || <Typography.Text type="secondary">—</Typography.Text> },
    {
      title: t('rectification.verdict'),
      width: 200,
      render: (_, p) => (
        <Space direction="vertical" size={2}>
          {lead && notice.repliedOn ? (
            <Select<Verdict>
              size="small"
              style={{ width: 130 }}
              value={p.verdict === 'pending' ? undefined : p.verdict}
              placeholder={t('rectification.verdicts.pending')}
              options={(['rectified', 'partial', 'not_rectified'] as const).map((v) => ({ value: v, label: t(`rectification.verdicts.${v}`) }))}
              onChange={(verdict) => (verdict === 'rectified' ? void verify(p.id, verdict) : setAsking({ problem: p, verdict }))}
              data-testid="problem-verdict"
            />
          ) : (
            <Tag color={VERDICT_COLORS[p.verdict]}>{t(`rectification.verdicts.${p.verdict}`)}</Tag>
          )}
          {p.verdictReason && <Typography.Text type="secondary">{p.verdictReason}</Typography.Text>}
          {p.followUp && (
            <Tag color={FOLLOW_UP_COLORS[p.followUp.result]} data-testid="problem-follow-up">
              <a href={href(`/campaigns/${p.followUp.campaignId}`)}>{t(`rectification.followUpStates.${p.followUp.result}`)}</a>
            </Tag>
          )}
          {p.verifiedBy && p.verifiedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('rectification.verifiedBy', { name: p.verifiedBy, at: formatDateTime(p.verifiedAt) })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
  ]

  return (
    <>
      <Table rowKey="id" size="small" columns={columns} dataSource={notice.items} pagination={false} onRow={() => ({ 'data-testid': 'problem-row' }) as object} />
      <ReasonModal
        open={asking !== null}
        title={asking ? t('rectification.verifyTitle', { item: `${asking.problem.itemId} ${asking.problem.title}` }) : ''}
        onOk={(reason) => (asking ? verify(asking.problem.id, asking.verdict, reason) : Promise.resolve(false))}
        onClose={() => setAsking(null)}
        testId="verdict"
      />
    </>
  )
}
