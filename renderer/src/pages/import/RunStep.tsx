import { Alert, Button, Flex, Progress, Result, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ImportResult } from '../../../../shared/contract/imports'

export type RunState =
  | { kind: 'running'; done: number; total: number; cancelling: boolean }
  | { kind: 'failed'; message: string; cancelled: boolean }
  | { kind: 'done'; result: ImportResult }

interface RunStepProps {
  state: RunState
  onCancel: () => void
  onBack: () => void
  onClose: () => void
  onAgain: () => void
}

/** Steps 4 and 5: the import with its progress and a cancel button, then what it did. */
export function RunStep({ state, onCancel, onBack, onClose, onAgain }: RunStepProps) {
  const { t } = useTranslation()
  if (state.kind === 'running') {
    const percent = state.total ? Math.floor((state.done / state.total) * 100) : 0
    return (
      <Flex vertical align="center" gap={16} style={{ padding: '48px 0' }} data-testid="import-running">
        <Typography.Title level={5}>{t('registerImport.run.importing')}</Typography.Title>
        <Progress percent={percent} style={{ width: 420 }} data-testid="import-progress" />
        <Typography.Text type="secondary">{t('registerImport.run.progress', { done: state.done, total: state.total })}</Typography.Text>
        <Button danger onClick={onCancel} loading={state.cancelling} data-testid="import-cancel">
          {state.cancelling ? t('registerImport.run.cancelling') : t('registerImport.run.cancel')}
        </Button>
        <Typography.Text type="secondary">{t('registerImport.run.note')}</Typography.Text>
      </Flex>
    )
  }
  if (state.kind === 'failed') {
    return (
      <Flex vertical gap={16} data-testid="import-failed">
        <Alert type={state.cancelled ? 'warning' : 'error'} showIcon title={t(state.cancelled ? 'registerImport.done.cancelled' : 'registerImport.done.failed')} description={state.message} data-testid="import-error" />
        <div>
          <Button onClick={onBack} data-testid="import-back">
            {t('registerImport.preview.back')}
          </Button>
        </div>
      </Flex>
    )
  }
  const r = state.result
  return (
    <Result
      status="success"
      title={t('registerImport.done.title')}
      data-testid="import-result"
      subTitle={
        <Flex vertical>
          <span data-testid="import-result-summary">{t('registerImport.done.summary', r)}</span>
          {r.createdSquads + r.createdOfficers > 0 && (
            <span>
              {t('registerImport.done.created', {
                what: [
                  r.createdSquads ? t('registerImport.preview.missingSquads', { count: r.createdSquads }) : '',
                  r.createdOfficers ? t('registerImport.preview.missingOfficers', { count: r.createdOfficers }) : '',
                ]
                  .filter(Boolean)
                  .join(t('registerImport.preview.and')),
              })}
            </span>
          )}
          {r.warnings > 0 && <span>{t('registerImport.done.warnings', { count: r.warnings })}</span>}
        </Flex>
      }
      extra={[
        <Button key="again" onClick={onAgain} data-testid="import-again">
          {t('registerImport.done.again')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose} data-testid="import-close">
          {t('registerImport.done.close')}
        </Button>,
      ]}
    />
  )
}
