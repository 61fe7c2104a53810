import { Alert, Drawer, Empty, Timeline, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useQuery } from '../../api'
import { CenteredSpin } from '../../components/CenteredSpin'
import { formatDateTime } from '../../format/date'
import { describeEntry, isEvaluationHistoryEntry } from './historyText'

interface HistoryDrawerProps {
  evaluationId: number
  /** Changes with every saved change, so an open drawer shows the newest entry too. */
  updatedAt: string
  onClose: () => void
}

/** 评查记录历史: every audited change of this evaluation, newest first. */
export function HistoryDrawer({ evaluationId, updatedAt, onClose }: HistoryDrawerProps) {
  const { t } = useTranslation()
  return (
    <Drawer open onClose={onClose} title={t('review.history.title')} size={480} rootClassName="history-drawer">
      <HistoryTimeline key={updatedAt} evaluationId={evaluationId} />
    </Drawer>
  )
}

function HistoryTimeline({ evaluationId }: { evaluationId: number }) {
  const { t } = useTranslation()
  const history = useQuery('audit.history', { entity: 'evaluation', entityId: evaluationId })
  if (history.error) return <Alert type="error" showIcon title={t('review.history.loadFailed', { message: history.error.message })} />
  if (!history.data) return <CenteredSpin />
  if (history.data.length === 0) return <Empty description={t('review.history.empty')} />
  const entries = history.data.filter(isEvaluationHistoryEntry).reverse()
  return (
    <Timeline
      className="history-timeline"
      items={entries.map((entry) => {
        const line = describeEntry(entry, t)
        return {
          key: entry.id,
          color: entry.action === 'evaluation.reopen' ? 'red' : entry.action === 'evaluation.submit' ? 'green' : 'blue',
          content: (
            <div data-testid="history-entry" data-action={entry.action}>
              <Typography.Text type="secondary" className="history-meta">
                {formatDateTime(entry.at)} · {entry.actor}
              </Typography.Text>
              <div className="history-title">{line.title}</div>
              {line.details.map((detail, i) => (
                <div key={i} className="history-detail">
                  {detail}
                </div>
              ))}
              {line.effect.length > 0 && (
                <Typography.Text type="secondary" className="history-effect">
                  {line.effect.join(t('common.listSeparator'))}
                </Typography.Text>
              )}
            </div>
          ),
        }
      })}
    />
  )
}
