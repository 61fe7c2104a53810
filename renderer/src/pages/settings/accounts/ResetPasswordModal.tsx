import { useState } from 'react'
import { Form, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Account } from '../../../../../shared/contract/auth'
import { api } from '../../../api'
import { useFeedback } from '../../../components/useFeedback'
import { PasswordFields } from '../../auth/PasswordFields'

/** A new initial password for someone who forgot theirs or was locked out. */
export function ResetPasswordModal({ account, onClose, onSaved }: { account: Account | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation()
  const { message, fail } = useFeedback()
  const [form] = Form.useForm<{ password: string }>()
  const [busy, setBusy] = useState(false)

  async function reset() {
    if (!account) return
    const { password } = await form.validateFields()
    setBusy(true)
    try {
      await api.call('accounts.resetPassword', { accountId: account.id, password })
      void message.success(t('auth.accounts.reset', { name: account.name }))
      onSaved()
    } catch (err) {
      fail(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal open={account !== null} title={`${t('auth.accounts.resetPassword')} · ${account?.name ?? ''}`} onOk={reset} okButtonProps={{ loading: busy, 'data-testid': 'reset-save' } as never} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" requiredMark={false}>
        <PasswordFields label={t('auth.accounts.initialPassword')} />
        <Typography.Paragraph type="secondary">{t('auth.accounts.initialPasswordHint')}</Typography.Paragraph>
      </Form>
    </Modal>
  )
}
