import { Tooltip, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { EVALUATION_STATUSES } from '../../../shared/contract/campaigns'
import { scoreStage } from '../../../shared/domain/score-stage'
import { formatPoints } from '../format/points'

interface ScoreCellProps {
  status: (typeof EVALUATION_STATUSES)[number]
  /** As the service gives it: null before scoring has begun (or while hidden by blind review). */
  total: number | null
}

/** A list's score cell: 未评, a running total marked 暂计, or the submitted total. */
export function ScoreCell({ status, total }: ScoreCellProps) {
  const { t } = useTranslation()
  const stage = scoreStage(status, total !== null)
  if (stage === 'final') return <span data-testid="score-cell" data-stage={stage}>{formatPoints(total)}</span>
  if (stage === 'unscored') {
    return (
      <Tooltip title={t('scoring.notScoredHint')}>
        <Typography.Text type="secondary" data-testid="score-cell" data-stage={stage}>
          {t('scoring.notScored')}
        </Typography.Text>
      </Tooltip>
    )
  }
  return (
    <Tooltip title={t('scoring.provisionalHint')}>
      <span data-testid="score-cell" data-stage={stage} style={{ whiteSpace: 'nowrap' }}>
        {formatPoints(total)}
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 2 }}>
          {t('scoring.provisional')}
        </Typography.Text>
      </span>
    </Tooltip>
  )
}
