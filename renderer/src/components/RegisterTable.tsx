import type { HTMLAttributes, ReactNode } from 'react'
import { Card, Table } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { PAGE_SIZE } from './useListQuery'

/** A register's table in its card under its filters, a page at a time as the server gives it. */
export function RegisterTable<Row extends { id: number }>(props: {
  filters: ReactNode
  data: { total: number; items: Row[] } | undefined
  loading: boolean
  page: number | undefined
  onPage: (page: number) => void
  columns: ColumnsType<Row>
  emptyText: string
  scrollX: number
  totalText?: (total: number) => string
  rowAttributes: (row: Row) => Record<`data-${string}`, string>
}) {
  const { data, totalText, rowAttributes } = props
  return (
    <Card styles={{ body: { padding: 12 } }}>
      {props.filters}
      <Table<Row>
        rowKey="id"
        size="small"
        loading={props.loading}
        columns={props.columns}
        dataSource={data?.items ?? []}
        locale={{ emptyText: props.emptyText }}
        scroll={{ x: props.scrollX }}
        pagination={{ current: props.page ?? 1, pageSize: PAGE_SIZE, total: data?.total ?? 0, showSizeChanger: false, showTotal: totalText }}
        onChange={(pagination) => props.onPage(pagination.current ?? 1)}
        onRow={(row) => rowAttributes(row) as HTMLAttributes<HTMLElement>}
      />
    </Card>
  )
}
