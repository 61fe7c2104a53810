import { useState } from 'react'
import { Button } from 'antd'
import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons'
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

/** 导出当前裁量基准 and 下载导入模板: written into the exports folder; shown on the desktop, downloaded in a browser. */
export function ExportButtons() {
  const { t } = useTranslation()
  const { message, fail } = useFeedback()
  const [busy, setBusy] = useState<'table' | 'template' | null>(null)

  async function exportFile(template: boolean) {
    setBusy(template ? 'template' : 'table')
    try {
      const result = await api.call('settings.exportDiscretion', { template })
      if (isDesktop()) await api.call('exports.reveal', { fileName: result.fileName })
      else download(exportUrl(result.fileName), result.fileName)
      void message.success({ content: t('settings.discretion.exported', { fileName: result.fileName }), duration: 6 })
    } catch (err) {
      fail(err)
    } finally {
      setBusy(null)
    }
  }

  return (
    <>
      <Button icon={<FileExcelOutlined />} loading={busy === 'table'} onClick={() => exportFile(false)} data-testid="discretion-export">
        {t('settings.discretion.export')}
      </Button>
      <Button icon={<DownloadOutlined />} loading={busy === 'template'} onClick={() => exportFile(true)} data-testid="discretion-template">
        {t('settings.discretion.template')}
      </Button>
    </>
  )
}
