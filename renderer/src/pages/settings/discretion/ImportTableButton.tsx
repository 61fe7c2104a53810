import { useRef, useState, type ReactNode } from 'react'
import { Button, Typography } from 'antd'
import { ImportOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { api, isDesktop, toApiError, uploadFile, type MethodOutput } from '../../../api'
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
 * Imports a spreadsheet through the server: the desktop opens the system dialog, a browser uploads
 * the chosen file first. A refusal is shown whole, since it names the rows to fix.
 */
export function ImportTableButton<M extends ImportMethod>({ method, label, testId, disabled, onImported }: ImportTableButtonProps<M>) {
  const { t } = useTranslation()
  const { modal } = useFeedback()
  const picker = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)

  async function run(source: () => Promise<{ path?: string; fileName?: string }>) {
    setBusy(true)
    try {
      const result = await api.call(method, (await source()) as never)
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
    <>
      <input
        ref={picker}
        type="file"
        accept=".xlsx,.csv"
        hidden
        data-testid={`${testId}-input`}
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) void run(async () => ({ path: await uploadFile(file), fileName: file.name }))
        }}
      />
      <Button
        icon={<ImportOutlined />}
        loading={busy}
        disabled={disabled}
        data-testid={testId}
        onClick={() => (isDesktop() ? void run(async () => ({})) : picker.current?.click())}
      >
        {label}
      </Button>
    </>
  )
}
