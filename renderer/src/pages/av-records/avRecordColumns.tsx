import type { ReactNode } from 'react'
import type { TFunction } from 'i18next'
import { Tag } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { AvRecordSummary } from '../../../../shared/contract/av-records'
import { formatDate } from '../../format/date'
import { href } from '../../router/hash'
import { durationText } from './duration'

type Field = keyof AvRecordSummary

/** The register's columns, less those `without` names (the case page knows its squad and number); `actions` renders each row's buttons. */
export function avRecordColumns(t: TFunction, actions: (row: AvRecordSummary) => ReactNode, { without = [], actionsWidth = 220 }: { without?: Field[]; actionsWidth?: number } = {}): ColumnsType<AvRecordSummary> {
  const columns: (ColumnsType<AvRecordSummary>[number] & { dataIndex?: Field })[] = [
    { title: t('avRecords.field.recordNumber'), dataIndex: 'recordNumber', width: 200, ellipsis: { showTitle: true } },
    { title: t('avRecords.field.recordedOn'), dataIndex: 'recordedOn', width: 100, render: formatDate },
    { title: t('avRecords.field.squad'), dataIndex: 'squadName', width: 120, ellipsis: true },
    {
      title: t('avRecords.field.officers'),
      dataIndex: 'officers',
      width: 160,
      ellipsis: { showTitle: true },
      render: (officers: AvRecordSummary['officers']) => officers.map((o) => o.name).join(t('common.listSeparator')) || '—',
    },
    {
      title: t('avRecords.field.caseNumber'),
      dataIndex: 'caseNumber',
      width: 200,
      ellipsis: { showTitle: true },
      // A number the register knows opens its case; one it does not is shown as written.
      render: (caseNumber: string, row) => (row.caseId !== null ? <a href={href(`/cases/${row.caseId}`)}>{caseNumber}</a> : caseNumber || '—'),
    },
    { title: t('avRecords.field.duration'), dataIndex: 'durationSeconds', width: 84, align: 'right', render: durationText },
    { title: t('avRecords.field.storage'), dataIndex: 'storage', minWidth: 160, ellipsis: { showTitle: true }, render: (s: string) => s || '—' },
    {
      title: t('avRecords.field.video'),
      dataIndex: 'video',
      width: 84,
      render: (video: AvRecordSummary['video']) => (video ? <Tag color="green">{t('avRecords.videoAttached')}</Tag> : '—'),
    },
    { title: t('common.actions'), key: 'actions', width: actionsWidth, fixed: 'right', render: (_v, row) => actions(row) },
  ]
  return columns.filter((c) => !c.dataIndex || !without.includes(c.dataIndex))
}
