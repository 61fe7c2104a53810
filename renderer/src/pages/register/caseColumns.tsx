import type { HTMLAttributes } from 'react'
import type { TFunction } from 'i18next'
import type { Breakpoint } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { SortOrder } from 'antd/es/table/interface'
import type { CaseListQuery, CaseSummary } from '../../../../shared/contract/cases'
import { CaseStatusTag } from '../../components/tags'
import { formatDate } from '../../format/date'
import { formatYuan } from '../../format/money'
import { href } from '../../router/hash'

function sortOrderOf(query: CaseListQuery, field: NonNullable<CaseListQuery['sortBy']>): SortOrder {
  if ((query.sortBy ?? 'filedOn') !== field) return null
  return (query.sortOrder ?? 'desc') === 'asc' ? 'ascend' : 'descend'
}

// Below antd's xxl breakpoint (1600 px: the 1366×768 and 1440×900 intranet PCs) 领域 and 材料
// give their room to 当事人, which takes what the fixed columns leave and never less than this.
const PARTY_MIN_WIDTH = 180
const WIDE: Breakpoint[] = ['xxl']

/** The width below which the table scrolls sideways: the columns every screen shows, 当事人 at its minimum. */
export function narrowTableWidth(columns: ColumnsType<CaseSummary>): number {
  return columns.filter((c) => !c.responsive).reduce((sum, c) => sum + (Number(c.width) || c.minWidth || 0), 0)
}

/** The registry columns; sortable ones carry the cases.list sort field as their key. */
export function caseColumns(t: TFunction, query: CaseListQuery): ColumnsType<CaseSummary> {
  const sortable = (field: NonNullable<CaseListQuery['sortBy']>) => ({
    key: field,
    sorter: true,
    sortOrder: sortOrderOf(query, field),
    sortDirections: ['descend', 'ascend'] as SortOrder[],
  })
  return [
    {
      title: t('caseField.caseNumber'),
      dataIndex: 'caseNumber',
      ...sortable('caseNumber'),
      width: 240,
      render: (value: string, row) => (
        <a href={href(`/cases/${row.id}`)} onClick={(e) => e.stopPropagation()}>
          {value}
        </a>
      ),
    },
    {
      title: t('caseField.party'),
      dataIndex: 'party',
      minWidth: PARTY_MIN_WIDTH,
      ellipsis: { showTitle: true },
      onCell: () => ({ 'data-testid': 'case-party' }) as HTMLAttributes<HTMLElement>,
    },
    { title: t('caseField.squad'), dataIndex: 'squadName', width: 120, ellipsis: true },
    { title: t('caseField.domain'), dataIndex: 'domain', width: 110, responsive: WIDE, render: (d: CaseSummary['domain']) => t(`enums.domain.${d}`) },
    { title: t('caseField.procedure'), dataIndex: 'procedure', width: 84, render: (p: CaseSummary['procedure']) => t(`enums.procedure.${p}`) },
    { title: t('caseDate.filedOn'), dataIndex: 'filedOn', width: 100, ...sortable('filedOn'), render: formatDate },
    { title: t('caseDate.decidedOn'), dataIndex: 'decidedOn', width: 100, ...sortable('decidedOn'), render: formatDate },
    {
      title: t('caseField.penaltyColumn'),
      dataIndex: 'penaltyFen',
      width: 110,
      align: 'right',
      ...sortable('penaltyFen'),
      render: formatYuan,
    },
    { title: t('caseField.status'), dataIndex: 'status', width: 84, render: (s: CaseSummary['status']) => <CaseStatusTag status={s} /> },
    { title: t('caseField.documentCount'), dataIndex: 'documentCount', width: 72, align: 'right', responsive: WIDE },
  ]
}
