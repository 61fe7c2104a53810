import { Button } from 'antd'
import { PrinterOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { navigate } from '../../router/hash'
import { sheetsPath } from '../sheets/paths'

/** 打印评查表: every case's 案卷评查表 as A4 pages, to print or save as PDF. */
export function PrintSheetsButton({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation()
  return (
    <Button icon={<PrinterOutlined />} onClick={() => navigate(sheetsPath(campaignId))} data-testid="print-sheets">
      {t('sheets.printAll')}
    </Button>
  )
}
