import { useState } from 'react'
import { Alert, Button, Flex, Progress, Typography } from 'antd'
import { UploadOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { IMPORT_LIMITS, type ImportOpened } from '../../../../shared/contract/imports'
import type { ImportTarget } from '../../../../shared/domain/imports/fields'
import { api, subscribeProgress, toApiError } from '../../api'

/** Step 1: the file, asked of the user by the server (the system dialog, or the browser's chooser and upload) and read there. */
export function FileStep({ target, onOpened }: { target: ImportTarget; onOpened: (opened: ImportOpened) => void }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [rows, setRows] = useState<{ done: number; total: number } | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function open() {
    setBusy(true)
    setError(null)
    // The server parses the file, then hands its rows over: a large register shows them coming.
    const unsubscribe = subscribeProgress((e) => e.task === 'imports.read' && setRows({ done: e.done, total: e.total }))
    try {
      const opened = await api.call('imports.open', { target })
      if (opened) onOpened(opened)
    } catch (err) {
      setError(toApiError(err).message)
    } finally {
      unsubscribe()
      setRows(null)
      setBusy(false)
    }
  }

  return (
    <Flex vertical gap={16} data-testid="import-file-step">
      <Typography.Paragraph style={{ margin: 0 }}>{t(target === 'cases' ? 'registerImport.file.intro' : 'registerImport.file.introPeople')}</Typography.Paragraph>
      <Typography.Text type="secondary">{t('registerImport.file.limits', IMPORT_LIMITS)}</Typography.Text>
      <div>
        <Button type="primary" size="large" icon={<UploadOutlined />} loading={busy} data-testid="import-choose-file" onClick={() => void open()}>
          {busy ? t('registerImport.file.reading') : t('registerImport.file.choose')}
        </Button>
      </div>
      {rows && (
        <Flex vertical gap={4} style={{ width: 420 }} data-testid="import-read-progress">
          <Progress percent={Math.floor((rows.done / Math.max(1, rows.total)) * 100)} size="small" />
          <Typography.Text type="secondary">{t('registerImport.file.rowsRead', rows)}</Typography.Text>
        </Flex>
      )}
      {error && <Alert type="error" showIcon title={error} data-testid="import-error" />}
    </Flex>
  )
}
