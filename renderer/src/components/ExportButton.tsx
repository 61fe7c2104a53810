import { Button } from 'antd'
import { ExportOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { ExportResult } from '../../../shared/contract/exports'
import { useExport } from './useExport'
import { useFeedback } from './useFeedback'

/** One export: the server writes the file; the desktop shows it in its folder, a browser downloads it. */
export function ExportButton({ label, write, testId }: { label: string; write: () => Promise<ExportResult>; testId: string }) {
  const { t } = useTranslation()
  const { notification } = useFeedback()
  const { busy, run } = useExport()
  const start = () =>
    run('export', write, (result) =>
      notification.success({
        key: testId,
        title: t('common.exported', { fileName: result.fileName }),
        description: <span data-testid={`${testId}-path`}>{result.filePath}</span>,
        duration: 10,
      }),
    )
  return (
    <Button icon={<ExportOutlined />} loading={busy !== null} onClick={() => void start()} data-testid={testId}>
      {label}
    </Button>
  )
}
