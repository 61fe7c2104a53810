import { useState } from 'react'
import { Button } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { AvRecordSummary } from '../../../../shared/contract/av-records'
import { useQuery } from '../../api'
import { ErrorResult } from '../../components/ErrorResult'
import { PageHeader } from '../../components/PageHeader'
import { RegisterTable } from '../../components/RegisterTable'
import { ImportButton } from '../import/ImportButton'
import { useRights } from '../../layout/workspace'
import { ObjectCampaignButton } from '../campaigns/ObjectCampaignModal'
import { AvRecordActions } from './AvRecordActions'
import { avRecordColumns } from './avRecordColumns'
import { AvRecordFilters } from './AvRecordFilters'
import { AvRecordFormDrawer } from './AvRecordFormDrawer'
import { useAvRecordListQuery } from './useAvRecordListQuery'
import { useVideoPlayer } from './VideoPlayerModal'

/** 音像记录: the register of body-camera recordings, paged on the server; videos play in the window. */
export function AvRecordListPage() {
  const { t } = useTranslation()
  const { lead } = useRights()
  const { query, update, reset } = useAvRecordListQuery()
  const list = useQuery('avRecords.list', query)
  // undefined: the drawer is shut; null: 新增.
  const [editing, setEditing] = useState<AvRecordSummary | null | undefined>(undefined)
  const { play, player } = useVideoPlayer(list.reload)

  if (list.error && !list.data) return <ErrorResult error={list.error} onRetry={list.reload} />
  const columns = avRecordColumns(t, (row) => (
    <AvRecordActions
      record={row}
      onEdit={() => setEditing(row)}
      onPlay={() => play(row)}
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
      <RegisterTable<AvRecordSummary>
        filters={<AvRecordFilters query={query} onChange={update} onReset={reset} />}
        data={list.data}
        loading={list.loading}
        page={query.page}
        onPage={(page) => update({ page })}
        columns={columns}
        emptyText={t('avRecords.empty')}
        scrollX={1330}
        totalText={(total) => t('avRecords.total', { count: total })}
        rowAttributes={(row) => ({ 'data-testid': 'av-row', 'data-record-number': row.recordNumber })}
      />
      <AvRecordFormDrawer
        open={editing !== undefined}
        existing={editing ?? undefined}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined)
          list.reload()
        }}
      />
      {player}
    </div>
  )
}
