import { useRef, useState } from 'react'
import { Button, Typography } from 'antd'
import { ImportOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { api, toApiError } from '../../../api'
import { useFeedback } from '../../../components/useFeedback'
import { rubricsContract } from '../../../../../shared/contract/rubrics'

const importInput = rubricsContract['rubrics.importJson'].input

/** 导入 JSON: publishes the file as the next version of its code, or says what is wrong and changes nothing. */
export function ImportRubricButton({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation()
  const { message, modal } = useFeedback()
  const picker = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)

  function refuse(fileName: string, reason: string) {
    modal.error({
      title: t('settings.rubrics.importFailed', { fileName }),
      width: 560,
      content: (
        <>
          <Typography.Paragraph data-testid="rubric-import-error">{reason}</Typography.Paragraph>
          <Typography.Text type="secondary">{t('settings.rubrics.importUnchanged')}</Typography.Text>
        </>
      ),
    })
  }

  async function importFile(file: File) {
    const json = await file.text()
    if (!importInput.safeParse({ json }).success) return refuse(file.name, t('settings.rubrics.importSize'))
    setBusy(true)
    try {
      const rubric = await api.call('rubrics.importJson', { json })
      void message.success(t('settings.rubrics.imported', { name: rubric.name, version: rubric.version }))
      onImported()
    } catch (err) {
      refuse(file.name, toApiError(err).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <input
        ref={picker}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="rubric-import-input"
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) void importFile(file)
        }}
      />
      <Button icon={<ImportOutlined />} loading={busy} onClick={() => picker.current?.click()} data-testid="rubric-import">
        {t('settings.rubrics.importJson')}
      </Button>
    </>
  )
}
