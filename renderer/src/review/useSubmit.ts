import type { ButtonProps } from 'antd'
import { useTranslation } from 'react-i18next'
import type { EvaluationState } from '../../../shared/contract/evaluations'
import { useFeedback } from '../components/useFeedback'
import { formatPoints } from '../format/points'
import type { ReviewActions } from './useEvaluation'
import { useStableCallback } from './useStableCallback'

/**
 * 提交 after a confirmation that states the score; the OK button has focus, so Enter submits.
 * The callback stays the same across saves (it reads the newest state when called).
 */
export function useSubmit(state: EvaluationState | undefined, submit: ReviewActions['submit']) {
  const { t } = useTranslation()
  const { modal, message } = useFeedback()
  return useStableCallback(() => {
    if (!state || state.status === 'submitted') return
    modal.confirm({
      title: t('review.submitConfirmTitle'),
      content: t('review.submitConfirmBody', { total: formatPoints(state.total), grade: t(`enums.grade.${state.grade}`) }),
      okText: t('review.submit'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'submit-confirm' } as ButtonProps,
      onOk: async () => {
        if (await submit()) void message.success(t('review.submittedToast'))
      },
    })
  })
}
