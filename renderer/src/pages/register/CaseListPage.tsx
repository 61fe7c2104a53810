import { useState, type HTMLAttributes } from 'react'
import { Button, Card, Table } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { SorterResult } from 'antd/es/table/interface'
import { useTranslation } from 'react-i18next'
import { CASE_SORT_FIELDS, type CaseSummary } from '../../../../shared/contract/cases'
import { useQuery } from '../../api'
import { ErrorResult } from '../../components/ErrorResult'
import { PageHeader } from '../../components/PageHeader'
import { navigate } from '../../router/hash'
import { CaseFormDrawer } from '../case/CaseFormDrawer'
import { ImportButton } from '../import/ImportButton'
import { caseColumns, narrowTableWidth } from './caseColumns'
import { CaseFilters } from './CaseFilters'
import { PAGE_SIZE, useCaseListQuery } from './useCaseListQuery'

type SortField = (typeof CASE_SORT_FIELDS)[number]

function isSortField(key: unknown): key is SortField {
  return (CASE_SORT_FIELDS as readonly unknown[]).includes(key)
}

/** 案件: the registry, paged and sorted on the server. */
export function CaseListPage() {
  const { t } = useTranslation()
  const { query, update, reset } = useCaseListQuery()
  const list = useQuery('cases.list', query)
  const [creating, setCreating] = useState(false)

  if (list.error && !list.data) return <ErrorResult error={list.error} onRetry={list.reload} />
  const columns = caseColumns(t, query)

  return (
    <div className="page">
      <PageHeader
        title={t('cases.title')}
        extra={
          <>
            <ImportButton target="cases" onImported={list.reload} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="case-new">
              {t('cases.new')}
            </Button>
          </>
        }
      />
      <Card styles={{ body: { padding: 12 } }}>
        <CaseFilters query={query} onChange={(patch) => update(patch)} onReset={reset} />
        <Table<CaseSummary>
          rowKey="id"
          size="small"
          className="case-table clickable-rows"
          loading={list.loading}
          columns={columns}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('cases.empty') }}
          scroll={{ x: narrowTableWidth(columns) }}
          pagination={{
            current: query.page ?? 1,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('cases.total', { count: total }),
          }}
          onChange={(pagination, _filters, sorter, extra) => {
            if (extra.action === 'paginate') return update({ page: pagination.current ?? 1 }, { keepPage: true })
            if (extra.action === 'sort') {
              const s = sorter as SorterResult<CaseSummary>
              // Clicking the active column a third time clears antd's order: fall back to the default.
              if (!s.order || !isSortField(s.columnKey)) return update({ sortBy: 'filedOn', sortOrder: 'desc' })
              update({ sortBy: s.columnKey, sortOrder: s.order === 'ascend' ? 'asc' : 'desc' })
            }
          }}
          onRow={(row) =>
            ({
              onClick: () => navigate(`/cases/${row.id}`),
              'data-testid': 'case-row',
              'data-case-number': row.caseNumber,
            }) as HTMLAttributes<HTMLElement>
          }
        />
      </Card>
      <CaseFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(saved) => {
          setCreating(false)
          navigate(`/cases/${saved.id}`)
        }}
      />
    </div>
  )
}
