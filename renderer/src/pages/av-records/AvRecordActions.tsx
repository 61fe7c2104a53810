import { Button, Flex, Popconfirm } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AvRecordSummary } from '../../../../shared/contract/av-records'
import { api } from '../../api'
import { useBusyCall } from '../../components/useBusyCall'
import { useFeedback } from '../../components/useFeedback'

interface AvRecordActionsProps {
  record: AvRecordSummary
  onEdit: () => void
  onPlay: () => void
  onChanged: () => void
}

/** One row's buttons: 编辑, 附加视频 / 更换视频, 播放, 删除. */
export function AvRecordActions({ record, onEdit, onPlay, onChanged }: AvRecordActionsProps) {
  const { t } = useTranslation()
  const { message } = useFeedback()
  const attaching = useBusyCall()
  const removing = useBusyCall()
  const recordNumber = record.recordNumber

  async function attach() {
    // Called straight from the click: the browser's file chooser opens only on a user's gesture.
    const saved = await attaching.run(() => api.call('avRecords.pickVideo', { id: record.id }))
    if (!saved?.video) return // cancelled, or refused (already shown)
    void message.success(t('avRecords.actions.attached', { recordNumber, fileName: saved.video.fileName }))
    onChanged()
  }

  async function remove() {
    const done = await removing.run(() => api.call('avRecords.remove', { id: record.id }))
    if (!done) return
    void message.success(t('avRecords.actions.deleted', { recordNumber }))
    onChanged()
  }

  return (
    <Flex gap={0} wrap>
      <Button size="small" type="link" onClick={onEdit} data-testid="av-edit">
        {t('common.edit')}
      </Button>
      <Button size="small" type="link" loading={attaching.busy} onClick={() => void attach()} data-testid="av-attach">
        {t(record.video ? 'avRecords.actions.replace' : 'avRecords.actions.attach')}
      </Button>
      {record.video && (
        <Button size="small" type="link" onClick={onPlay} data-testid="av-play">
          {t('avRecords.actions.play')}
        </Button>
      )}
      <Popconfirm title={t('avRecords.actions.deleteConfirm', { recordNumber })} onConfirm={remove} okButtonProps={{ danger: true }}>
        <Button size="small" type="link" danger loading={removing.busy} data-testid="av-delete">
          {t('common.delete')}
        </Button>
      </Popconfirm>
    </Flex>
  )
}
