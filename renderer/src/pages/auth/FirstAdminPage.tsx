import { useState } from 'react'
import { Button, Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import { api } from '../../api'
import { useFeedback } from '../../components/useFeedback'
import { useWorkspace } from '../../layout/workspace'
import { AuthCard } from './AuthCard'
import { FirstAdminFields } from './FirstAdminFields'

/** A workspace with data from before accounts: its first administrator, then the app. */
export function FirstAdminPage() {
  const { t } = useTranslation()
  const { refresh } = useWorkspace()
  const { fail } = useFeedback()
  const [busy, setBusy] = useState(false)

  async function create(values: { name: string; login: string; password: string }) {
    setBusy(true)
    try {
      await api.call('auth.setup', { name: values.name, login: values.login, password: values.password })
      await refresh()
    } catch (err) {
      fail(err)
      setBusy(false)
    }
  }

  return (
    <AuthCard title={t('auth.firstAdmin.title')} intro={t('auth.firstAdmin.intro')}>
      <Form layout="vertical" requiredMark={false} onFinish={create}>
        <Form.Item name="name" label={t('auth.firstAdmin.name')} rules={[{ required: true, whitespace: true, message: t('auth.firstAdmin.nameRequired') }, { max: 50 }]}>
          <Input autoFocus data-testid="admin-name-input" />
        </Form.Item>
        <FirstAdminFields />
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="first-admin-submit">
          {t('auth.firstAdmin.submit')}
        </Button>
      </Form>
    </AuthCard>
  )
}
