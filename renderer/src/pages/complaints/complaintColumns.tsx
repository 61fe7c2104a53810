import type { ReactNode } from 'react'
import type { TFunction } from 'i18next'
import { Flex, Tooltip } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { ComplaintSummary } from '../../../../shared/contract/complaints'
import { formatDate } from '../../format/date'
import { RepeatTag } from './RepeatTag'

const orDash = (text: string) => text || '—'

/** The register's columns; `actions` renders each row's buttons. */
export function complaintColumns(t: TFunction, actions: (row: ComplaintSummary) => ReactNode): ColumnsType<ComplaintSummary> {
  return [
    {
      title: t('complaints.field.ticketNumber'),
      dataIndex: 'ticketNumber',
      width: 190,
      render: (ticketNumber: string, row) => (
        <Flex gap={4} wrap align="center">
          {ticketNumber}
          {row.repeat && <RepeatTag repeat={row.repeat} />}
        </Flex>
      ),
    },
    { title: t('complaints.field.source'), dataIndex: 'source', width: 96, render: (s: ComplaintSummary['source']) => t(`enums.complaintSource.${s}`) },
    { title: t('complaints.field.receivedOn'), dataIndex: 'receivedOn', width: 100, render: formatDate },
    { title: t('complaints.field.subject'), dataIndex: 'subject', minWidth: 180, ellipsis: { showTitle: true } },
    { title: t('complaints.field.address'), dataIndex: 'address', width: 160, ellipsis: { showTitle: true }, render: orDash },
    { title: t('complaints.field.party'), dataIndex: 'party', width: 120, ellipsis: { showTitle: true }, render: orDash },
    { title: t('complaints.field.squad'), dataIndex: 'squadName', width: 110, ellipsis: true },
    {
      title: t('complaints.field.result'),
      dataIndex: 'result',
      width: 180,
      // A result runs to paragraphs: one line here, the whole of it on hover.
      ellipsis: { showTitle: false },
      render: (result: string) => (result ? <Tooltip title={result} placement="topLeft" styles={{ root: { maxWidth: 480 } }}>{result}</Tooltip> : '—'),
    },
    { title: t('complaints.field.closedOn'), dataIndex: 'closedOn', width: 100, render: formatDate },
    { title: t('complaints.field.repliedOn'), dataIndex: 'repliedOn', width: 100, render: formatDate },
    { title: t('common.actions'), key: 'actions', width: 110, fixed: 'right', render: (_v, row) => actions(row) },
  ]
}
