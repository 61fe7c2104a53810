import { useEffect } from 'react'
import { Checkbox, Form, Input, Modal, Select, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Account } from '../../../../../shared/contract/auth'
import { api, useQuery } from '../../../api'
import { useFeedback } from '../../../components/useFeedback'
import { useBusyCall } from '../../../components/useBusyCall'
import { PasswordFields } from '../../auth/PasswordFields'

interface Values {
  reviewerId?: number
  name?: string
  login: string
  password?: string
  isAdmin: boolean
  active: boolean
}

/** A new account (for a reviewer without one, or an administrator only) or an existing one's login and rights. */
export function AccountModal({ open, account, taken, onClose, onSaved }: { open: boolean; account: Account | null; taken: number[]; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation()
  const { message } = useFeedback()
  const [form] = Form.useForm<Values>()
  const { busy, run } = useBusyCall()
  const reviewers = useQuery('people.reviewers', {})
  const free = (reviewers.data ?? []).filter((r) => !taken.includes(r.id))

  useEffect(() => {
    if (!open) return
    form.resetFields()
    if (account) form.setFieldsValue({ login: account.login, isAdmin: account.isAdmin, active: account.active })
  }, [open, account, form])

  async function save() {
    const v = await form.validateFields()
    const success = await run(async () => {
      if (account) {
        await api.call('accounts.update', { accountId: account.id, login: v.login, isAdmin: v.isAdmin, active: v.active })
        return t('auth.accounts.saved')
      }
      const created = await api.call('accounts.create', {
        reviewerId: v.reviewerId ?? null,
        name: v.reviewerId ? null : (v.name ?? null),
        login: v.login,
        password: v.password ?? '',
        isAdmin: v.isAdmin,
      })
      return t('auth.accounts.created', { name: created.name })
    })
    if (success === undefined) return
    void message.success(success)
    onSaved()
  }

  return (
    <Modal open={open} title={account ? `${t('auth.accounts.edit')} · ${account.name}` : t('auth.accounts.create')} onOk={save} okButtonProps={{ loading: busy, 'data-testid': 'account-save' } as never} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ isAdmin: false, active: true }}>
        {!account && (
          <>
            <Form.Item name="reviewerId" label={t('auth.accounts.forReviewer')} extra={free.length ? t('auth.accounts.forReviewerHint') : t('auth.accounts.noReviewerLeft')}>
              <Select allowClear options={free.map((r) => ({ value: r.id, label: r.name }))} data-testid="account-reviewer" />
            </Form.Item>
            <Form.Item
              name="name"
              label={t('auth.accounts.adminOnlyName')}
              dependencies={['reviewerId']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value) =>
                    (getFieldValue('reviewerId') ? !value : !!value?.trim()) ? Promise.resolve() : Promise.reject(new Error(t('auth.accounts.choosePerson'))),
                }),
                { max: 50 },
              ]}
            >
              <Input data-testid="account-name" />
            </Form.Item>
          </>
        )}
        <Form.Item name="login" label={t('auth.accounts.login')} rules={[{ required: true, whitespace: true, message: t('auth.signIn.loginRequired') }, { max: 40 }, { pattern: /^[\p{L}\p{N}._-]+$/u }]}>
          <Input autoComplete="off" data-testid="account-login" />
        </Form.Item>
        {!account && (
          <>
            <PasswordFields label={t('auth.accounts.initialPassword')} />
            <Typography.Paragraph type="secondary">{t('auth.accounts.initialPasswordHint')}</Typography.Paragraph>
          </>
        )}
        <Form.Item name="isAdmin" valuePropName="checked">
          <Checkbox data-testid="account-admin">{t('auth.accounts.isAdmin')}</Checkbox>
        </Form.Item>
        {account && (
          <Form.Item name="active" valuePropName="checked">
            <Checkbox data-testid="account-active">{t('auth.accounts.isActive')}</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  )
}
