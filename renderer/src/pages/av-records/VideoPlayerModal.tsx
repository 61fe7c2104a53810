import { useState } from 'react'
import { Alert, Button, Modal, Popconfirm } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AvRecordSummary } from '../../../../shared/contract/av-records'
import { api, fileUrl } from '../../api'
import { useBusyCall } from '../../components/useBusyCall'
import { useFeedback } from '../../components/useFeedback'
import { useExport } from '../../components/useExport'
import { formatBytes } from '../../format/size'

interface VideoPlayerModalProps {
  record: AvRecordSummary
  video: NonNullable<AvRecordSummary['video']>
  onClose: () => void
  onDetached: () => void
}

/** Plays the attached video from the store; codecs Chromium lacks (H.265, most AVI) get a plain explanation instead. */
export function VideoPlayerModal({ record, video, onClose, onDetached }: VideoPlayerModalProps) {
  const { t } = useTranslation()
  const { message } = useFeedback()
  const { busy, run } = useBusyCall()
  const [unplayable, setUnplayable] = useState(false)
  const saving = useExport()
  const { recordNumber } = record

  // A plain copy for this PC's player: what "play it in your player" needs.
  const save = () => saving.run('export', () => api.call('avRecords.saveVideo', { id: record.id }), (r) => void message.success(t('avRecords.player.saved', { fileName: r.fileName })))

  async function detach() {
    if (!(await run(() => api.call('avRecords.detachVideo', { id: record.id })))) return
    void message.success(t('avRecords.player.detached', { recordNumber }))
    onDetached()
  }

  return (
    <Modal
      open
      destroyOnHidden
      width="min(1000px, 94vw)"
      title={t('avRecords.player.title', { recordNumber, fileName: video.fileName })}
      onCancel={onClose}
      footer={[
        <Button key="save" loading={saving.busy !== null} onClick={save} data-testid="av-save">
          {t('avRecords.player.save')}
        </Button>,
        <Popconfirm
          key="detach" title={t('avRecords.player.detachConfirm', { recordNumber })} onConfirm={detach} okButtonProps={{ danger: true }}>
          <Button danger loading={busy} data-testid="av-detach">
            {t('avRecords.player.detach')}
          </Button>
        </Popconfirm>,
      ]}
    >
      {unplayable ? (
        <Alert
          type="warning"
          showIcon
          title={t('avRecords.player.cannotPlay')}
          description={t('avRecords.player.fileInfo', { fileName: video.fileName, mime: video.mime, size: formatBytes(video.byteSize) })}
          data-testid="av-unplayable"
        />
      ) : (
        <video
          controls
          autoPlay
          src={fileUrl(video.sha256)}
          onError={() => setUnplayable(true)}
          style={{ width: '100%', maxHeight: '70vh', background: '#000' }}
          data-testid="av-video"
        />
      )}
    </Modal>
  )
}

/** A list's player: `play(record)` opens it; a video removed from the record reloads the list. */
export function useVideoPlayer(onDetached: () => void) {
  const [playing, setPlaying] = useState<AvRecordSummary | null>(null)
  const player = playing?.video ? (
    <VideoPlayerModal
      record={playing}
      video={playing.video}
      onClose={() => setPlaying(null)}
      onDetached={() => {
        setPlaying(null)
        onDetached()
      }}
    />
  ) : null
  return { play: setPlaying, player }
}
