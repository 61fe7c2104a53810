import { useTranslation } from 'react-i18next'
import { useWorkspace } from '../../layout/workspace'
import { AuthCard } from './AuthCard'
import { ChangePasswordForm } from './ChangePasswordForm'

/** After an administrator set the password: the person makes it their own before anything else. */
export function MustChangePasswordPage() {
  const { t } = useTranslation()
  const { refresh } = useWorkspace()
  return (
    <AuthCard title={t('auth.password.changeTitle')} intro={t('auth.password.mustChange')}>
      <ChangePasswordForm onChanged={refresh} />
    </AuthCard>
  )
}
