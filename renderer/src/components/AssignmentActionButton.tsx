import { Button } from 'antd'
import { useTranslation } from 'react-i18next'
import type { EVALUATION_STATUSES } from '../../../shared/contract/campaigns'
import { navigate } from '../router/hash'

/** 开始评查 / 继续评查 / 查看, by where the evaluation stands. */
export function AssignmentActionButton({
  assignmentId,
  status,
}: {
  assignmentId: number
  status: (typeof EVALUATION_STATUSES)[number]
}) {
  const { t } = useTranslation()
  const label = status === 'not_started' ? t('assignment.start') : status === 'in_progress' ? t('assignment.continue') : t('assignment.view')
  return (
    <Button
      size="small"
      type={status === 'submitted' ? 'default' : 'primary'}
      data-testid="open-review"
      onClick={(e) => {
        e.stopPropagation()
        navigate(`/review/${assignmentId}`)
      }}
    >
      {label}
    </Button>
  )
}
