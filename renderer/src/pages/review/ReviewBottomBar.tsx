import { memo } from 'react'
import { Button, Flex, Popover, Tooltip, Typography } from 'antd'
import { CheckCircleOutlined, CloudSyncOutlined, ExclamationCircleOutlined, HistoryOutlined, LeftOutlined, LockOutlined, RightOutlined, SendOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { formatTime } from '../../format/date'
import { useWorkspace } from '../../layout/workspace'
import { navigate } from '../../router/hash'
import { KeyboardHelp } from './KeyboardHelp'
import { ReopenButton } from './ReopenButton'
import type { ReviewActions, SaveState } from './useEvaluation'

function SaveIndicator({ save }: { save: SaveState }) {
  const { t } = useTranslation()
  if (save.saving)
    return (
      <Typography.Text type="secondary" data-testid="save-state" data-state="saving">
        <CloudSyncOutlined /> {t('review.saving')}
      </Typography.Text>
    )
  if (save.error)
    return (
      <Typography.Text type="danger" data-testid="save-state" data-state="error">
        <ExclamationCircleOutlined /> {t('review.saveFailed', { message: save.error })}
      </Typography.Text>
    )
  return (
    <Typography.Text type="success" data-testid="save-state" data-state="saved">
      <CheckCircleOutlined /> {save.savedAt ? t('review.saved', { time: formatTime(save.savedAt) }) : ''}
    </Typography.Text>
  )
}

interface ReviewButtonsProps {
  locked: boolean
  previousAssignmentId: number | null
  nextAssignmentId: number | null
  reopen: ReviewActions['reopen']
  onSubmit: () => void
  helpOpen: boolean
  onHelp: (open: boolean) => void
  onHistory: () => void
}

/** The keys, the history, moving through the queue, 提交 and (for the lead) 退回重评. Memoized: a save leaves them alone. */
const ReviewButtons = memo(function ReviewButtons(props: ReviewButtonsProps) {
  const { locked, previousAssignmentId, nextAssignmentId, reopen, onSubmit, helpOpen, onHelp, onHistory } = props
  const { t } = useTranslation()
  const { status } = useWorkspace()
  return (
    <Flex gap={8}>
      <Popover open={helpOpen} onOpenChange={onHelp} trigger="click" placement="topRight" title={t('review.keyHelpTitle')} content={<KeyboardHelp />}>
        <Button data-testid="review-keys">
          {t('review.keyHelp')} <Typography.Text keyboard>?</Typography.Text>
        </Button>
      </Popover>
      <Tooltip title={t('review.keys.history.keys')}>
        <Button icon={<HistoryOutlined />} onClick={onHistory} data-testid="review-history">
          {t('review.history.open')}
        </Button>
      </Tooltip>
      <Button icon={<LeftOutlined />} disabled={!previousAssignmentId} onClick={() => navigate(`/review/${previousAssignmentId}`)} data-testid="review-previous">
        {t('review.previous')}
      </Button>
      <Tooltip title={t('review.nextShortcut')}>
        <Button disabled={!nextAssignmentId} onClick={() => navigate(`/review/${nextAssignmentId}`)} data-testid="review-next">
          {t('review.next')} <RightOutlined />
        </Button>
      </Tooltip>
      {!locked && (
        <Tooltip title={t('review.keys.submit.keys')}>
          <Button type="primary" icon={<SendOutlined />} onClick={onSubmit} data-testid="review-submit">
            {t('review.submit')}
          </Button>
        </Tooltip>
      )}
      {locked && status.reviewer?.role === 'lead' && <ReopenButton reopen={reopen} />}
    </Flex>
  )
})

/** Save state and what the keys do, then the buttons. */
export const ReviewBottomBar = memo(function ReviewBottomBar({ save, ...buttons }: ReviewButtonsProps & { save: SaveState }) {
  const { t } = useTranslation()
  return (
    <Flex className="review-bottombar" align="center" justify="space-between" gap={12}>
      <Flex align="center" gap={16} style={{ minWidth: 0 }}>
        <SaveIndicator save={save} />
        {buttons.locked ? (
          <Typography.Text type="secondary" data-testid="review-locked">
            <LockOutlined /> {t('enums.evaluationStatus.submitted')}
          </Typography.Text>
        ) : (
          <span className="review-shortcuts">{t('review.shortcuts')}</span>
        )}
      </Flex>
      <ReviewButtons {...buttons} />
    </Flex>
  )
})
