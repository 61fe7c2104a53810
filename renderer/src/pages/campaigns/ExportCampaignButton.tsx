import { useState } from 'react'
import { Button } from 'antd'
import { FileExcelOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { api, exportUrl, isDesktop } from '../../api'
import { useFeedback } from '../../components/useFeedback'

function download(url: string, fileName: string) {
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
}

/** 导出评查结果(Excel): the server writes the workbook; the browser downloads it, the desktop shows it. */
export function ExportCampaignButton({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation()
  const { message, fail } = useFeedback()
  const [busy, setBusy] = useState(false)

  async function exportWorkbook() {
    setBusy(true)
    try {
      const result = await api.call('exports.campaignWorkbook', { campaignId })
      if (isDesktop()) await api.call('exports.reveal', { fileName: result.fileName })
      else download(exportUrl(result.fileName), result.fileName)
      void message.success({ content: t('campaigns.exported', { fileName: result.fileName }), duration: 6 })
    } catch (err) {
      fail(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button icon={<FileExcelOutlined />} loading={busy} onClick={exportWorkbook} data-testid="export-campaign">
      {t('campaigns.export')}
    </Button>
  )
}
