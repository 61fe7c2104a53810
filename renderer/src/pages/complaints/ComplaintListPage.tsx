import { useState } from 'react'
import { Button, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { ComplaintSummary } from '../../../../shared/contract/complaints'
import { useQuery } from '../../api'
import { ErrorResult } from '../../components/ErrorResult'
import { PageHeader } from '../../components/PageHeader'
import { RegisterTable } from '../../components/RegisterTable'
import { useRights } from '../../layout/workspace'
import { ObjectCampaignButton } from '../campaigns/ObjectCampaignModal'
import { ImportButton } from '../import/ImportButton'
import { ComplaintActions } from './ComplaintActions'
import { complaintColumns } from './complaintColumns'
import { ComplaintFilters } from './ComplaintFilters'
import { ComplaintFormDrawer } from './ComplaintFormDrawer'
import { RepeatRuleButton } from './RepeatRuleButton'
import { useComplaintListQuery } from './useComplaintListQuery'

/** 投诉举报: 12345 hotline tickets and petitions, repeat complaints flagged by the lead's rule. */
export function ComplaintListPage() {
  const { t } = useTranslation()
  const { lead } = useRights()
  const { query, update, reset } = useComplaintListQuery()
  const list = useQuery('complaints.list', query)
  // undefined: the drawer is shut; null: 新增.
  const [editing, setEditing] = useState<ComplaintSummary | null | undefined>(undefined)

  if (list.error && !list.data) return <ErrorResult error={list.error} onRetry={list.reload} />
  const columns = complaintColumns(t, (row) => <ComplaintActions complaint={row} onEdit={() => setEditing(row)} onChanged={list.reload} />)

  return (
    <div className="page">
      <PageHeader
        title={t('complaints.title')}
        tags={
          list.data && (
            <Typography.Text type="secondary" data-testid="complaint-summary">
              {t('complaints.summary', { total: list.data.total, repeats: list.data.repeats })}
            </Typography.Text>
          )
        }
        extra={
          <>
            {lead && <RepeatRuleButton onChanged={list.reload} />}
            {lead && <ObjectCampaignButton target="complaint" />}
            <ImportButton target="complaints" onImported={list.reload} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="complaint-new">
              {t('complaints.new')}
            </Button>
          </>
        }
      />
      <RegisterTable<ComplaintSummary>
        filters={<ComplaintFilters query={query} onChange={update} onReset={reset} />}
        data={list.data}
        loading={list.loading}
        page={query.page}
        onPage={(page) => update({ page })}
        columns={columns}
        emptyText={t('complaints.empty')}
        scrollX={1450}
        rowAttributes={(row) => ({ 'data-testid': 'complaint-row', 'data-ticket-number': row.ticketNumber, 'data-repeat': String(row.repeat !== null) })}
      />
      <ComplaintFormDrawer
        open={editing !== undefined}
        existing={editing ?? undefined}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined)
          list.reload()
        }}
      />
    </div>
  )
}
