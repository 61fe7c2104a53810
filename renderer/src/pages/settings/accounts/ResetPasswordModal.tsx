import { Form, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Account } from '../../../../../shared/contract/auth'
import { api } from '../../../api'
import { useFeedback } from '../../../components/useFeedback'
import { useBusyCall } from '../../../components/useBusyCall'
import { PasswordFields } from '../../auth/PasswordFields'

/** A new initial password for someone who forgot theirs or was locked out. */
export function ResetPasswordModal({ account, onClose, onSaved }: { account: Account | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation()
  const { message } = useFeedback()
  const [form] = Form.useForm<{ password: string }>()
  const { busy, run } = useBusyCall()

  async function reset() {
    if (!account) return
    const { password } = await form.validateFields()
    if (!(await run(() => api.call('accounts.resetPassword', { accountId: account.id, password })))) return
    void message.success(t('auth.accounts.reset', { name: account.name }))
    onSaved()
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
