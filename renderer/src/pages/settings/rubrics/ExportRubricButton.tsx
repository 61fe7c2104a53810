import { Button } from 'antd'
import { ExportOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api'
import { useExport } from '../../../components/useExport'
import { useFeedback } from '../../../components/useFeedback'

/** 导出 JSON: the server writes the file into the exports folder; the desktop shows it, a browser downloads it. */
export function ExportRubricButton({ rubricId }: { rubricId: number }) {
  const { t } = useTranslation()
  const { notification } = useFeedback()
  const { busy, run } = useExport()

  const exportJson = () =>
    run(
      'export',
      () => api.call('rubrics.exportJson', { id: rubricId }),
      (result) =>
        notification.success({
          key: 'rubric-export',
          title: t('settings.rubrics.exported', { fileName: result.fileName }),
          description: <span data-testid="rubric-export-path">{t('settings.rubrics.exportedTo', { filePath: result.filePath })}</span>,
          duration: 10,
        }),
    )

  return (
    <Button size="small" icon={<ExportOutlined />} loading={busy !== null} onClick={exportJson} data-testid="rubric-export">
      {t('settings.rubrics.exportJson')}
    </Button>
  )
}
