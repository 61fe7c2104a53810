import { useState, type ReactNode } from 'react'
import { Button, Typography } from 'antd'
import { ImportOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { api, toApiError, type MethodInput, type MethodOutput } from '../../../api'
import { useFeedback } from '../../../components/useFeedback'

type ImportMethod = 'settings.importDiscretion' | 'calendar.importOverrides'

interface ImportTableButtonProps<M extends ImportMethod> {
  method: M
  label: ReactNode
  testId: string
  disabled?: boolean
  onImported: (result: NonNullable<MethodOutput<M>>) => void
}

/**
 * Imports a spreadsheet through the server, which asks the user for it (the system dialog, or the
 * browser's chooser and upload). A refusal is shown whole, since it names the rows to fix.
 */
export function ImportTableButton<M extends ImportMethod>({ method, label, testId, disabled, onImported }: ImportTableButtonProps<M>) {
  const { t } = useTranslation()
  const { modal } = useFeedback()
  const [busy, setBusy] = useState(false)

  async function run() {
    setBusy(true)
    try {
      // Both methods take the same empty source: the server asks the user for the file.
      const result = await api.call(method, {} as MethodInput<M>)
      if (result) onImported(result as NonNullable<MethodOutput<M>>)
    } catch (err) {
      modal.error({
        title: t('settings.importFailed'),
        width: 640,
        content: <Typography.Paragraph data-testid={`${testId}-error`}>{toApiError(err).message}</Typography.Paragraph>,
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button icon={<ImportOutlined />} loading={busy} disabled={disabled} data-testid={testId} onClick={() => void run()}>
      {label}
    </Button>
  )
}
