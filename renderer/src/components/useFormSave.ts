import { useState } from 'react'
import type { FormInstance } from 'antd'
import type { ErrorCode } from '../../../shared/contract/errors'
import { toApiError } from '../api'
import { useFeedback } from './useFeedback'

/**
 * A form's save: the fields checked (antd shows what is wrong), then `write` with every value the
 * form holds, `done` with its answer. A refusal is reported; one that names a field (a number
 * already taken) is shown on that field too.
 */
export function useFormSave<V extends object>(form: FormInstance<V>, fieldOf: Partial<Record<ErrorCode, keyof V & string>> = {}) {
  const { fail } = useFeedback()
  const [saving, setSaving] = useState(false)
  async function save<R>(write: (values: V) => Promise<R>, done: (result: R) => void) {
    let values: V
    try {
      values = await form.validateFields()
    } catch {
      return
    }
    setSaving(true)
    try {
      done(await write({ ...form.getFieldsValue(true), ...values }))
    } catch (err) {
      const error = toApiError(err)
      const field = fieldOf[error.code as ErrorCode]
      if (field) form.setFields([{ name: field as never, errors: [error.message] }])
      fail(error)
    } finally {
      setSaving(false)
    }
  }
  return { saving, save }
}
