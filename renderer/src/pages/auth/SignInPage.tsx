import { useState } from 'react'
import { Alert, Button, Form, Input, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { api } from '../../api'
import { useFeedback } from '../../components/useFeedback'
import { useWorkspace } from '../../layout/workspace'
import { AuthCard } from './AuthCard'

/** Why the sign-in screen shows: a start, the idle lock, or a session the backend no longer knows. */
/** `minutes`: locked by the idle lock after so long; null when locked by hand. */
export type SignInReason = { kind: 'start' } | { kind: 'locked'; login: string; minutes: number | null } | { kind: 'signedOut' }

export function SignInPage({ reason }: { reason: SignInReason }) {
  const { t } = useTranslation()
  const { status, refresh } = useWorkspace()
  const { fail } = useFeedback()
  const [busy, setBusy] = useState(false)

  async function signIn(values: { login: string; password: string }) {
    setBusy(true)
    try {
      await api.call('auth.signIn', values)
      await refresh()
    } catch (err) {
      fail(err)
      setBusy(false)
    }
  }

  const locked = reason.kind === 'locked'
  return (
    <AuthCard title={t('auth.signIn.title')} intro={t('auth.signIn.intro')}>
      {locked && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={reason.minutes === null ? t('auth.signIn.lockedByHand') : t('auth.signIn.locked', { minutes: reason.minutes })} data-testid="idle-locked" />}
      {reason.kind === 'signedOut' && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('auth.signIn.signedOut')} />}
      <Form layout="vertical" requiredMark={false} onFinish={signIn} initialValues={{ login: locked ? reason.login : '' }}>
        <Form.Item name="login" label={t('auth.signIn.login')} rules={[{ required: true, whitespace: true, message: t('auth.signIn.loginRequired') }, { max: 40 }]}>
          <Input autoComplete="username" autoFocus={!locked} data-testid="sign-in-login" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.signIn.password')} rules={[{ required: true, message: t('auth.signIn.passwordRequired') }]}>
          <Input.Password autoComplete="current-password" autoFocus={locked} data-testid="sign-in-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="sign-in-submit">
          {t('auth.signIn.submit')}
        </Button>
      </Form>
      {status.demo && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16 }} data-testid="demo-accounts">
          {t('auth.signIn.demo', { logins: status.demo.logins.join('、'), password: status.demo.password })}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: status.demo ? 0 : 16, marginBottom: 0 }}>
        {t('auth.signIn.forgot')}
      </Typography.Paragraph>
    </AuthCard>
  )
}
