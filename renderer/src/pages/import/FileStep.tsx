import { useRef, useState } from 'react'
import { Alert, Button, Flex, Typography } from 'antd'
import { UploadOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { IMPORT_LIMITS, type ImportOpened } from '../../../../shared/contract/imports'
import type { ImportTarget } from '../../../../shared/domain/imports/fields'
import { api, isDesktop, toApiError, uploadFile } from '../../api'

/** Step 1: the file, picked on the desktop or uploaded from a browser, read on the server. */
export function FileStep({ target, onOpened }: { target: ImportTarget; onOpened: (opened: ImportOpened) => void }) {
  const { t } = useTranslation()
  const picker = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function open(source: () => Promise<{ path?: string; fileName?: string }>) {
    setBusy(true)
    setError(null)
    try {
      const opened = await api.call('imports.open', { target, ...(await source()) })
      if (opened) onOpened(opened)
    } catch (err) {
      setError(toApiError(err).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Flex vertical gap={16} data-testid="import-file-step">
      <Typography.Paragraph style={{ margin: 0 }}>{t(target === 'cases' ? 'registerImport.file.intro' : 'registerImport.file.introPeople')}</Typography.Paragraph>
      <Typography.Text type="secondary">{t('registerImport.file.limits', IMPORT_LIMITS)}</Typography.Text>
      <input
        ref={picker}
        type="file"
        accept=".xlsx,.csv"
        hidden
        data-testid="import-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) void open(async () => ({ path: await uploadFile(file), fileName: file.name }))
        }}
      />
      <div>
        <Button type="primary" size="large" icon={<UploadOutlined />} loading={busy} data-testid="import-choose-file" onClick={() => (isDesktop() ? void open(async () => ({})) : picker.current?.click())}>
          {busy ? t('registerImport.file.reading') : t('registerImport.file.choose')}
        </Button>
      </div>
      {error && <Alert type="error" showIcon title={error} data-testid="import-error" />}
    </Flex>
  )
}
