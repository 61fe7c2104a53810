import { Button, Flex, Tooltip, Typography } from 'antd'
import { CheckCircleOutlined, CloudSyncOutlined, ExclamationCircleOutlined, LeftOutlined, LockOutlined, RightOutlined, SendOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { EvaluationState } from '../../../shared/contract/evaluations'
import { formatTime } from '../format/date'
import { formatPoints } from '../format/points'
import { useFeedback } from '../components/useFeedback'
import { navigate } from '../router/hash'
import type { ReviewActions, SaveState } from './useEvaluation'

function SaveIndicator({ save }: { save: SaveState }) {
  const { t } = useTranslation()
  if (save.pending > 0)
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

/** Save state, moving through the queue, and 提交. */
export function ReviewBottomBar({ state, save, actions }: { state: EvaluationState; save: SaveState; actions: ReviewActions }) {
  const { t } = useTranslation()
  const { modal, message } = useFeedback()
  const { previousAssignmentId, nextAssignmentId } = state.position
  const locked = state.status === 'submitted'

  function confirmSubmit() {
    modal.confirm({
      title: t('review.submitConfirmTitle'),
      content: t('review.submitConfirmBody', { total: formatPoints(state.total), grade: t(`enums.grade.${state.grade}`) }),
      okText: t('review.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        if (await actions.submit()) void message.success(t('review.submittedToast'))
      },
    })
  }

  return (
    <Flex className="review-bottombar" align="center" justify="space-between" gap={12}>
      <Flex align="center" gap={16} style={{ minWidth: 0 }}>
        <SaveIndicator save={save} />
        {locked ? (
          <Typography.Text type="secondary" data-testid="review-locked">
            <LockOutlined /> {t('enums.evaluationStatus.submitted')}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary" className="review-shortcuts">
            {t('review.shortcuts')}
          </Typography.Text>
        )}
      </Flex>
      <Flex gap={8}>
        <Button icon={<LeftOutlined />} disabled={!previousAssignmentId} onClick={() => navigate(`/review/${previousAssignmentId}`)} data-testid="review-previous">
          {t('review.previous')}
        </Button>
        <Tooltip title={t('review.nextShortcut')}>
          <Button disabled={!nextAssignmentId} onClick={() => navigate(`/review/${nextAssignmentId}`)} data-testid="review-next">
            {t('review.next')} <RightOutlined />
          </Button>
        </Tooltip>
        {!locked && (
          <Button type="primary" icon={<SendOutlined />} onClick={confirmSubmit} disabled={save.pending > 0} data-testid="review-submit">
            {t('review.submit')}
          </Button>
        )}
      </Flex>
    </Flex>
  )
}
