import { Button, Result } from 'antd'
import { useTranslation } from 'react-i18next'
import { navigate } from '../../router/hash'

export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <Result
      status="404"
      title={t('errors.notFound')}
      subTitle={t('errors.notFoundHint')}
      extra={<Button onClick={() => navigate('/')}>{t('errors.goHome')}</Button>}
    />
  )
}
