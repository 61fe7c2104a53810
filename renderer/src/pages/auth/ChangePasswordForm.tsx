import { useState } from 'react'
import { Button, Flex, Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import { api } from '../../api'
import { useFeedback } from '../../components/useFeedback'
import { PasswordFields } from './PasswordFields'

/** The current password, then the new one twice; `onChanged` after the backend took it. */
export function ChangePasswordForm({ onChanged, onCancel }: { onChanged: () => Promise<void> | void; onCancel?: () => void }) {
  const { t } = useTranslation()
  const { message, fail } = useFeedback()
  const [busy, setBusy] = useState(false)

  async function change(values: { current: string; next: string }) {
    setBusy(true)
    try {
      await api.call('auth.changePassword', { current: values.current, next: values.next })
      void message.success(t('auth.password.changed'))
      await onChanged()
    } catch (err) {
      fail(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Form layout="vertical" requiredMark={false} onFinish={change}>
      <Form.Item name="current" label={t('auth.password.current')} rules={[{ required: true, message: t('auth.signIn.passwordRequired') }]}>
        <Input.Password autoComplete="current-password" autoFocus data-testid="current-password-input" />
      </Form.Item>
      <PasswordFields name="next" />
      <Flex gap={8} justify="flex-end">
        {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="change-password-submit">
          {t('auth.password.submit')}
        </Button>
      </Flex>
    </Form>
  )
}
