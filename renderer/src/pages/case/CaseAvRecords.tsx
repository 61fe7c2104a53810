import { Button, Card, Table } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AvRecordSummary } from '../../../../shared/contract/av-records'
import { useQuery } from '../../api'
import { useVideoPlayer } from '../av-records/VideoPlayerModal'
import { avRecordColumns } from '../av-records/avRecordColumns'

/** 执法全过程记录 of the case: the A/V records the register links to its number, each playable. */
export function CaseAvRecords({ caseNumber }: { caseNumber: string }) {
  const { t } = useTranslation()
  const list = useQuery('avRecords.list', { caseNumber, pageSize: 100 })
  const { play, player } = useVideoPlayer(list.reload)
  const items = list.data?.items ?? []
  if (!items.length) return null
  return (
    <Card size="small" title={t('case.avRecords', { count: items.length })} style={{ marginBottom: 16 }} data-testid="case-av-records">
      <Table<AvRecordSummary>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={items}
        scroll={{ x: 800 }}
        columns={avRecordColumns(
          t,
          (r) =>
            r.video && (
              <Button type="link" size="small" onClick={() => play(r)} data-testid="case-av-play">
                {t('avRecords.actions.play')}
              </Button>
            ),
          { without: ['squadName', 'caseNumber', 'video'], actionsWidth: 90 },
        )}
      />
      {player}
    </Card>
  )
}
