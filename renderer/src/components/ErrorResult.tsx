import { Button, Result } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '../api'

export function ErrorResult({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation()
  return (
    <Result
      status={error.code === 'not_found' ? '404' : 'warning'}
      title={t('common.loadFailed')}
      subTitle={error.message}
      extra={onRetry ? <Button onClick={onRetry}>{t('app.retry')}</Button> : undefined}
    />
  )
}
