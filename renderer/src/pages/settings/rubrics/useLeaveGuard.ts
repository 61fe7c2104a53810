import { useCallback, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useFeedback } from '../../../components/useFeedback'
import { guardLeaving } from '../../../router/hash'

/**
 * While `active`, leaving the page (menu, links, back; closing or reloading the window) first asks
 * whether to drop the unpublished changes. Returns a function that lets go at once, e.g. after publishing.
 */
export function useLeaveGuard(active: boolean): () => void {
  const { t } = useTranslation()
  const { modal } = useFeedback()
  const release = useRef<() => void>(() => {})

  useEffect(() => {
    if (!active) return
    let asking = false
    const stop = guardLeaving((leave) => {
      if (asking) return
      asking = true
      modal.confirm({
        title: t('settings.rubrics.editor.leaveTitle'),
        content: t('settings.rubrics.editor.leaveBody'),
        okText: t('settings.rubrics.editor.leaveOk'),
        okButtonProps: { danger: true, 'data-testid': 'rubric-leave-confirm' },
        cancelText: t('settings.rubrics.editor.stay'),
        cancelButtonProps: { 'data-testid': 'rubric-leave-cancel' },
        onOk: () => {
          asking = false
          leave()
        },
        onCancel: () => {
          asking = false
        },
      })
    })
    release.current = stop
    return stop
  }, [active, modal, t])

  return useCallback(() => release.current(), [])
}
