import { useCallback, useState } from 'react'
import type { FormInstance } from 'antd'
import { toApiError } from '../../../api'
import { useFeedback } from '../../../components/useFeedback'

/**
 * Saves one record from a form: reports success by the saved name, and puts a refusal that
 * concerns one field (a duplicate name or badge) under that field as well as in a message.
 */
export function useRecordSave<V>(form: FormInstance<V>, onSaved: () => void, fieldOfError: Record<string, keyof V & string> = {}) {
  const { message, fail } = useFeedback()
  const [saving, setSaving] = useState(false)
  const save = useCallback(
    async (call: () => Promise<{ name: string }>, success: (name: string) => string) => {
      setSaving(true)
      try {
        const saved = await call()
        void message.success(success(saved.name))
        onSaved()
      } catch (err) {
        const error = toApiError(err)
        const field = fieldOfError[error.code]
        if (field) form.setFields([{ name: field as never, errors: [error.message] }])
        fail(error)
      } finally {
        setSaving(false)
      }
    },
    [form, onSaved, fieldOfError, message, fail],
  )
  return { saving, save }
}
