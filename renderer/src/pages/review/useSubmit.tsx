import type { ButtonProps } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Finding } from '../../../../shared/contract/checks'
import type { DocumentInfo } from '../../../../shared/contract/documents'
import type { EvaluationState } from '../../../../shared/contract/evaluations'
import { useFeedback } from '../../components/useFeedback'
import { formatPoints } from '../../format/points'
import type { ShownPages } from './shownPages'
import { hasWarnings, submitWarnings, type SubmitWarnings } from './submitWarnings'
import type { ReviewActions } from './useEvaluation'
import { useStableCallback } from './useStableCallback'

/** What submitting is judged against: the findings, the case's scans and the pages shown of them. */
export interface SubmitContext {
  findings: readonly Finding[]
  documents: readonly DocumentInfo[]
  shownPages: () => ShownPages
}

function WarningList({ warnings }: { warnings: SubmitWarnings }) {
  const { t } = useTranslation()
  const sep = t('common.listSeparator')
  const unseen = warnings.unseen.reduce((sum, u) => sum + u.count, 0)
  const pages = warnings.unseen
    .map((u) => {
      const list = t('scoring.warn.pageList', { pages: u.first.join(sep) + (u.count > u.first.length ? '…' : '') })
      return warnings.unseen.length > 1 ? `${u.fileName} ${list}` : list
    })
    .join(sep)
  return (
    <ul className="submit-warnings" data-testid="submit-warnings">
      {warnings.noDocuments && <li data-testid="submit-warning-documents">{t('scoring.warn.noDocuments')}</li>}
      {unseen > 0 && <li data-testid="submit-warning-pages">{t('scoring.warn.pagesUnseen', { total: warnings.totalPages, unseen, pages })}</li>}
      {warnings.pendingFindings > 0 && <li data-testid="submit-warning-findings">{t('scoring.warn.findingsPending', { count: warnings.pendingFindings })}</li>}
      {warnings.nothingTouched && <li data-testid="submit-warning-untouched">{t('scoring.warn.nothingTouched')}</li>}
    </ul>
  )
}

/**
 * 提交 after a confirmation that states the score; the OK button has focus, so Enter submits.
 * Pages never shown, findings still pending or nothing scored at all are named first, and the
 * reviewer may still submit. The callback stays the same across saves (it reads the newest state).
 */
export function useSubmit(state: EvaluationState | undefined, submit: ReviewActions['submit'], context: SubmitContext) {
  const { t } = useTranslation()
  const { modal, message } = useFeedback()
  return useStableCallback(() => {
    if (!state || state.status === 'submitted') return
    const warnings = submitWarnings(state, context.findings, context.documents, context.shownPages())
    const score = { total: formatPoints(state.total), grade: t(`enums.grade.${state.grade}`) }
    // One submit per dialog: an Enter that reaches the OK button while the dialog closes does nothing.
    let sent = false
    const onOk = async () => {
      if (sent) return
      sent = true
      if (await submit()) void message.success(t('review.submittedToast'))
    }
    if (!hasWarnings(warnings)) {
      modal.confirm({
        title: t('review.submitConfirmTitle'),
        content: t('review.submitConfirmBody', score),
        okText: t('review.submit'),
        cancelText: t('common.cancel'),
        okButtonProps: { 'data-testid': 'submit-confirm' } as ButtonProps,
        onOk,
      })
      return
    }
    modal.confirm({
      title: t('scoring.warn.title'),
      width: 520,
      content: (
        <>
          <p>{t('scoring.warn.intro')}</p>
          <WarningList warnings={warnings} />
          <p>{t('scoring.warn.confirmAnyway', score)}</p>
        </>
      ),
      okText: t('scoring.warn.submitAnyway'),
      cancelText: t('scoring.warn.back'),
      okButtonProps: { 'data-testid': 'submit-confirm' } as ButtonProps,
      cancelButtonProps: { 'data-testid': 'submit-back' } as ButtonProps,
      onOk,
    })
  })
}
