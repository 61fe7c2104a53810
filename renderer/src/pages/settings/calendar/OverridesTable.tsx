import { Button, DatePicker, Empty, Input, Select, Table, Typography } from 'antd'
import { DeleteOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { ISO_DATE } from '../../../format/date'
import type { DraftRow } from './draft'

interface OverridesTableProps {
  rows: DraftRow[]
  duplicates: string[]
  onChange: (key: number, patch: Partial<DraftRow>) => void
  onRemove: (key: number) => void
}

/** The local holidays and adjusted working days, edited in place. */
export function OverridesTable({ rows, duplicates, onChange, onRemove }: OverridesTableProps) {
  const { t } = useTranslation()
  return (
    <Table<DraftRow>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      onRow={(r) => ({ 'data-testid': 'calendar-row', 'data-date': r.date ?? '' }) as React.HTMLAttributes<HTMLElement>}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('settings.calendar.empty')} /> }}
      columns={[
        {
          title: t('settings.calendar.date'),
          width: 220,
          render: (_, r) => (
            <>
              <DatePicker
                value={r.date ? dayjs(r.date) : null}
                format={ISO_DATE}
                allowClear={false}
                status={!r.date || duplicates.includes(r.date) ? 'error' : undefined}
                placeholder={t('settings.calendar.datePlaceholder')}
                onChange={(d) => onChange(r.key, { date: d ? d.format(ISO_DATE) : null })}
                data-testid="calendar-date"
              />
              {r.date && (
                <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                  {dayjs(r.date).format('ddd')}
                </Typography.Text>
              )}
            </>
          ),
        },
        {
          title: t('settings.calendar.kind'),
          width: 140,
          render: (_, r) => (
            <Select
              value={r.kind}
              style={{ width: 110 }}
              onChange={(kind) => onChange(r.key, { kind })}
              options={[
                { value: 'holiday', label: t('settings.calendar.holiday') },
                { value: 'workday', label: t('settings.calendar.workday') },
              ]}
              data-testid="calendar-kind"
            />
          ),
        },
        {
          title: t('settings.calendar.note'),
          render: (_, r) => (
            <Input
              value={r.note}
              maxLength={100}
              placeholder={t('settings.calendar.notePlaceholder')}
              onChange={(e) => onChange(r.key, { note: e.target.value })}
              data-testid="calendar-note"
            />
          ),
        },
        {
          title: t('common.actions'),
          width: 80,
          render: (_, r) => (
            <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => onRemove(r.key)} data-testid="calendar-remove" />
          ),
        },
      ]}
    />
  )
}
