import { Button, Card, Empty, List, Typography } from 'antd'
import { PaperClipOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api'
import type { NoticeDetail } from '../../../../shared/contract/rectification'
import { useFeedback } from '../../components/useFeedback'
import { useBusyCall } from '../../components/useBusyCall'
import { formatDateTime } from '../../format/date'
import { FilePreviewModal } from './FilePreviewModal'

/** 整改材料: the files the squad sent, each opened in the scan viewer; the lead adds more. */
export function NoticeFiles({ notice, lead, onChanged }: { notice: NoticeDetail; lead: boolean; onChanged: (notice: NoticeDetail) => void }) {
  const { t } = useTranslation()
  const { notification } = useFeedback()
  const { busy, run } = useBusyCall()
  const [shown, setShown] = useState<NoticeDetail['files'][number] | null>(null)

  async function add() {
    const result = await run(() => api.call('rectification.pickAndAttach', { id: notice.id }))
    if (!result) return
    onChanged(result.notice)
    for (const f of result.failed) notification.error({ title: t('rectification.attachFailed', { fileName: f.fileName }), description: f.message, duration: 0 })
  }

  return (
    <Card
      size="small"
      title={t('rectification.files')}
      extra={
        lead && (
          <Button size="small" icon={<PaperClipOutlined />} loading={busy} onClick={() => void add()} data-testid="notice-add-files">
            {t('rectification.addFiles')}
          </Button>
        )
      }
    >
      {notice.files.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rectification.noFiles')} />
      ) : (
        <List
          size="small"
          dataSource={notice.files}
          renderItem={(f) => (
            <List.Item data-testid="notice-file">
              <a onClick={() => setShown(f)} data-testid="notice-file-open">
                {f.fileName}
              </a>
              <Typography.Text type="secondary">{formatDateTime(f.addedAt)}</Typography.Text>
            </List.Item>
          )}
        />
      )}
      {shown && <FilePreviewModal file={shown} onClose={() => setShown(null)} />}
    </Card>
  )
}
