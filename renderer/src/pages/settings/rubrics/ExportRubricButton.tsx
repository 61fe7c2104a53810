import { useState } from 'react'
import { Button } from 'antd'
import { ExportOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { api, exportUrl, isDesktop } from '../../../api'
import { useFeedback } from '../../../components/useFeedback'

function download(url: string, fileName: string) {
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
}

/** 导出 JSON: the server writes the file into the exports folder; the desktop shows it, a browser downloads it. */
export function ExportRubricButton({ rubricId }: { rubricId: number }) {
  const { t } = useTranslation()
  const { notification, fail } = useFeedback()
  const [busy, setBusy] = useState(false)

  async function exportJson() {
    setBusy(true)
    try {
      const result = await api.call('rubrics.exportJson', { id: rubricId })
      if (isDesktop()) await api.call('exports.reveal', { fileName: result.fileName })
      else download(exportUrl(result.fileName), result.fileName)
      notification.success({
        key: 'rubric-export',
        title: t('settings.rubrics.exported', { fileName: result.fileName }),
        description: <span data-testid="rubric-export-path">{t('settings.rubrics.exportedTo', { filePath: result.filePath })}</span>,
        duration: 10,
      })
    } catch (err) {
      fail(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button size="small" icon={<ExportOutlined />} loading={busy} onClick={exportJson} data-testid="rubric-export">
      {t('settings.rubrics.exportJson')}
    </Button>
  )
}
