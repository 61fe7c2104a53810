import { useState } from 'react'
import { Button, Card, Table } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AvRecordSummary } from '../../../../shared/contract/av-records'
import { formatDuration } from '../../../../shared/format/duration'
import { useQuery } from '../../api'
import { VideoPlayerModal } from '../av-records/VideoPlayerModal'

/** 执法全过程记录 of the case: the A/V records the register links to its number, each playable. */
export function CaseAvRecords({ caseNumber }: { caseNumber: string }) {
  const { t } = useTranslation()
  const list = useQuery('avRecords.list', { caseNumber, pageSize: 100 })
  const [playing, setPlaying] = useState<AvRecordSummary | null>(null)
  const items = list.data?.items ?? []
  if (!items.length) return null
  return (
    <Card size="small" title={t('case.avRecords', { count: items.length })} style={{ marginBottom: 16 }} data-testid="case-av-records">
      <Table<AvRecordSummary>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={items}
        columns={[
          { title: t('avRecords.field.recordNumber'), dataIndex: 'recordNumber' },
          { title: t('avRecords.field.recordedOn'), dataIndex: 'recordedOn', width: 120 },
          { title: t('avRecords.field.officers'), render: (_, r) => r.officers.map((o) => o.name).join(t('common.listSeparator')) || '—' },
          { title: t('avRecords.field.duration'), width: 90, render: (_, r) => (r.durationSeconds === null ? '—' : formatDuration(r.durationSeconds)) },
          { title: t('avRecords.field.storage'), dataIndex: 'storage', render: (v: string) => v || '—' },
          {
            title: t('avRecords.field.video'),
            width: 90,
            render: (_, r) =>
              r.video ? (
                <Button type="link" size="small" onClick={() => setPlaying(r)} data-testid="case-av-play">
                  {t('avRecords.actions.play')}
                </Button>
              ) : (
                '—'
              ),
          },
        ]}
      />
      {playing?.video && (
        <VideoPlayerModal
          record={playing}
          video={playing.video}
          onClose={() => setPlaying(null)}
          onDetached={() => {
            setPlaying(null)
            list.reload()
          }}
        />
      )}
    </Card>
  )
}
