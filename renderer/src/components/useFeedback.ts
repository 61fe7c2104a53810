import { App } from 'antd'
import { useCallback } from 'react'
import { toApiError } from '../api'

/** Shows what went wrong in the server's own words (already in the UI language). */
export function useFeedback() {
  const { message, notification, modal } = App.useApp()
  const fail = useCallback(
    (err: unknown) => {
      const error = toApiError(err)
      void message.error({ content: error.message, duration: 6, key: `${error.code}:${error.message}` })
    },
    [message],
  )
  return { message, notification, modal, fail }
}
