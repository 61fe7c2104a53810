import { Button, Progress, Result, Spin } from 'antd'
import { useTranslation } from 'react-i18next'
import { FailureText } from '../components/FailureText'
import { describeOpenError } from './errors'

/** The file could not be opened: why, and a button to try again. */
export function OpenFailed({ fileName, isPdf, error, onReopen }: { fileName: string; isPdf: boolean; error: unknown; onReopen: () => void }) {
  const { t } = useTranslation()
  const reason = isPdf ? describeOpenError(t, error) : { message: t('viewer.imageFailed'), detail: null }
  return (
    <Result
      status="warning"
      title={t('viewer.openFailed')}
      subTitle={
        <>
          <div>{fileName}</div>
          <div data-testid="viewer-error">{reason.detail ? <FailureText reason={reason.message} detail={reason.detail} label={t('viewer.technicalDetail')} /> : reason.message}</div>
        </>
      }
      extra={
        <Button onClick={onReopen} data-testid="viewer-reopen">
          {t('viewer.reopen')}
        </Button>
      }
    />
  )
}

/** The file is being read: how much of it, when that is known. */
export function Opening({ percent }: { percent: number | null }) {
  const { t } = useTranslation()
  return (
    <div className="viewer-loading">
      <Spin size="large" />
      <div>{percent !== null ? t('viewer.loadingPercent', { percent }) : t('viewer.loading')}</div>
      {percent !== null && <Progress percent={percent} showInfo={false} size="small" style={{ width: 200 }} />}
    </div>
  )
}
