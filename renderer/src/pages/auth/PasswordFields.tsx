import { Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import { PASSWORD_MAX, PASSWORD_MIN } from '../../../../shared/contract/auth'

/** A new password typed twice, with the contract's rule said before it is broken. */
export function PasswordFields({ name = 'password', label }: { name?: string; label?: string }) {
  const { t } = useTranslation()
  return (
    <>
      <Form.Item
        name={name}
        label={label ?? t('auth.password.next')}
        extra={t('auth.password.rule', { min: PASSWORD_MIN })}
        rules={[
          { required: true, message: t('auth.signIn.passwordRequired') },
          { min: PASSWORD_MIN, message: t('auth.password.tooShort', { min: PASSWORD_MIN }) },
          { max: PASSWORD_MAX },
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid={`${name}-input`} />
      </Form.Item>
      <Form.Item
        name={`${name}Repeat`}
        label={t('auth.password.repeat')}
        dependencies={[name]}
        rules={[
          { required: true, message: t('auth.signIn.passwordRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value) => (value === getFieldValue(name) ? Promise.resolve() : Promise.reject(new Error(t('auth.password.mismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid={`${name}-repeat-input`} />
      </Form.Item>
    </>
  )
}
