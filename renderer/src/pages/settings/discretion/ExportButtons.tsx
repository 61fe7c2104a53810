import { Button } from 'antd'
import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api'
import { useExport } from '../../../components/useExport'
import { useFeedback } from '../../../components/useFeedback'

/** 导出当前裁量基准 and 下载导入模板: written into the exports folder; shown on the desktop, downloaded in a browser. */
export function ExportButtons() {
  const { t } = useTranslation()
  const { message } = useFeedback()
  const { busy, run } = useExport<'table' | 'template'>()

  const exportFile = (template: boolean) =>
    run(
      template ? 'template' : 'table',
      () => api.call('settings.exportDiscretion', { template }),
      (result) => void message.success({ content: t('settings.discretion.exported', { fileName: result.fileName }), duration: 6 }),
    )

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
