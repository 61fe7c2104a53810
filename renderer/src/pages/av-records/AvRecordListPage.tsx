import { useState, type HTMLAttributes } from 'react'
import { Button, Card, Table } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { AvRecordSummary } from '../../../../shared/contract/av-records'
import { useQuery } from '../../api'
import { ErrorResult } from '../../components/ErrorResult'
import { PageHeader } from '../../components/PageHeader'
import { ImportButton } from '../import/ImportButton'
import { useRights } from '../../layout/workspace'
import { ObjectCampaignButton } from '../campaigns/ObjectCampaignModal'
import { AvRecordActions } from './AvRecordActions'
import { avRecordColumns } from './avRecordColumns'
import { AvRecordFilters } from './AvRecordFilters'
import { AvRecordFormDrawer } from './AvRecordFormDrawer'
import { PAGE_SIZE, useAvRecordListQuery } from './useAvRecordListQuery'
import { VideoPlayerModal } from './VideoPlayerModal'

/** 音像记录: the register of body-camera recordings, paged on the server; videos play in the window. */
export function AvRecordListPage() {
  const { t } = useTranslation()
  const { lead } = useRights()
  const { query, update, reset } = useAvRecordListQuery()
  const list = useQuery('avRecords.list', query)
  // undefined: the drawer is shut; null: 新增.
  const [editing, setEditing] = useState<AvRecordSummary | null | undefined>(undefined)
  const [playing, setPlaying] = useState<AvRecordSummary | null>(null)

  if (list.error && !list.data) return <ErrorResult error={list.error} onRetry={list.reload} />
  const columns = avRecordColumns(t, (row) => (
    <AvRecordActions
      record={row}
      onEdit={() => setEditing(row)}
      onPlay={() => setPlaying(row)}
      onChanged={list.reload}
    />
  ))

  return (
    <div className="page">
      <PageHeader
        title={t('avRecords.title')}
        extra={
          <>
            {lead && <ObjectCampaignButton target="av_record" />}
            <ImportButton target="avRecords" onImported={list.reload} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="av-new">
              {t('avRecords.new')}
            </Button>
          </>
        }
      />
      <Card styles={{ body: { padding: 12 } }}>
        <AvRecordFilters query={query} onChange={update} onReset={reset} />
        <Table<AvRecordSummary>
          rowKey="id"
          size="small"
          loading={list.loading}
          columns={columns}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('avRecords.empty') }}
          scroll={{ x: 1330 }}
          pagination={{
            current: query.page ?? 1,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('avRecords.total', { count: total }),
          }}
          onChange={(pagination) => update({ page: pagination.current ?? 1 })}
          onRow={(row) => ({ 'data-testid': 'av-row', 'data-record-number': row.recordNumber }) as HTMLAttributes<HTMLElement>}
        />
      </Card>
      <AvRecordFormDrawer
        open={editing !== undefined}
        existing={editing ?? undefined}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined)
          list.reload()
        }}
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
    </div>
  )
}
