import { useEffect, useState } from 'react'
import { Button, DatePicker, Flex, Input, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AvRecordListQuery } from '../../../../shared/contract/av-records'
import { useQuery } from '../../api'
import { fromIsoDate, toIsoDate } from '../../format/date'

interface AvRecordFiltersProps {
  query: AvRecordListQuery
  onChange: (patch: Partial<AvRecordListQuery>) => void
  onReset: () => void
}

/** The filter bar above the register; every control maps to one field of avRecords.list. */
export function AvRecordFilters({ query, onChange, onReset }: AvRecordFiltersProps) {
  const { t } = useTranslation()
  // Records of a squad deactivated since are still found by it.
  const squads = useQuery('cases.squads', { includeInactive: true })
  const [search, setSearch] = useState(query.search ?? '')
  useEffect(() => setSearch(query.search ?? ''), [query.search])
  const filtered = Boolean(query.search || query.squadIds?.length || query.from || query.to)

  return (
    <Flex gap={8} wrap className="filter-bar">
      <Input.Search
        allowClear
        placeholder={t('avRecords.searchPlaceholder')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onSearch={(value) => onChange({ search: value.trim() || undefined })}
        style={{ width: 240 }}
        data-testid="av-search"
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('avRecords.allSquads')}
        value={query.squadIds ?? []}
        onChange={(squadIds) => onChange({ squadIds })}
        options={(squads.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        loading={squads.loading}
        style={{ width: 180 }}
        data-testid="av-filter-squad"
      />
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        placeholder={[t('avRecords.recordedFrom'), t('avRecords.recordedTo')]}
        value={[fromIsoDate(query.from), fromIsoDate(query.to)]}
        onChange={(range) => onChange({ from: toIsoDate(range?.[0]) ?? undefined, to: toIsoDate(range?.[1]) ?? undefined })}
        style={{ width: 260 }}
        data-testid="av-filter-recorded"
      />
      {filtered && (
        <Button type="link" onClick={onReset}>
          {t('common.reset')}
        </Button>
      )}
    </Flex>
  )
}
