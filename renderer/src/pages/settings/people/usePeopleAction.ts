import { useCallback, useState } from 'react'
import type { ButtonProps } from 'antd'
import { useFeedback } from '../../../components/useFeedback'

interface ConfirmOptions {
  title: string
  content: string
  okText: string
  danger?: boolean
}

/**
 * Runs one change of 机构与人员: shows the server's refusal in its own words, reports success
 * and lets the tab reload what the change affects.
 */
export function usePeopleAction(onDone: () => void) {
  const { message, modal, fail } = useFeedback()
  const [busy, setBusy] = useState<string | null>(null)

  const run = useCallback(
    async <T>(key: string, call: () => Promise<T>, success?: (value: T) => string): Promise<boolean> => {
      setBusy(key)
      try {
        const value = await call()
        if (success) void message.success(success(value))
        onDone()
        return true
      } catch (err) {
        fail(err)
        return false
      } finally {
        setBusy(null)
      }
    },
    [message, fail, onDone],
  )

  const confirm = useCallback(
    ({ title, content, okText, danger }: ConfirmOptions, action: () => Promise<unknown>) => {
      modal.confirm({
        title,
        content,
        okText,
        okButtonProps: { danger, 'data-testid': 'people-confirm-ok' } as ButtonProps,
        onOk: action,
      })
    },
    [modal],
  )

  return { run, confirm, busy }
}
