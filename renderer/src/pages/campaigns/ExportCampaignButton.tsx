import { Button } from 'antd'
import { FileExcelOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { api } from '../../api'
import { useExport } from '../../components/useExport'
import { useFeedback } from '../../components/useFeedback'

/** 导出评查结果(Excel): the server writes the workbook; the browser downloads it, the desktop shows it. */
export function ExportCampaignButton({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation()
  const { message } = useFeedback()
  const { busy, run } = useExport()

  const exportWorkbook = () =>
    run(
      'export',
      () => api.call('exports.campaignWorkbook', { campaignId }),
      (result) => void message.success({ content: t('campaigns.exported', { fileName: result.fileName }), duration: 6 }),
    )

  return (
    <Button icon={<FileExcelOutlined />} loading={busy !== null} onClick={exportWorkbook} data-testid="export-campaign">
      {t('campaigns.export')}
    </Button>
  )
}
