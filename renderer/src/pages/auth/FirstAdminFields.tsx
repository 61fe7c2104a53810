import { Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import { PasswordFields } from './PasswordFields'

/** The account part of a first administrator: a login and a password typed twice. */
export function FirstAdminFields() {
  const { t } = useTranslation()
  return (
    <>
      <Form.Item
        name="login"
        label={t('auth.signIn.login')}
        rules={[{ required: true, whitespace: true, message: t('auth.signIn.loginRequired') }, { max: 40 }, { pattern: /^[\p{L}\p{N}._-]+$/u }]}
      >
        <Input autoComplete="username" data-testid="admin-login-input" />
      </Form.Item>
      <PasswordFields label={t('auth.signIn.password')} />
    </>
  )
}
