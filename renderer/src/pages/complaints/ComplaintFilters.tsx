import { useEffect, useState } from 'react'
import { Button, DatePicker, Flex, Input, Select, Switch } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ComplaintListQuery } from '../../../../shared/contract/complaints'
import { useQuery } from '../../api'
import { fromIsoDate, toIsoDate } from '../../format/date'
import { sourceOptions } from './sourceOptions'

interface ComplaintFiltersProps {
  query: ComplaintListQuery
  onChange: (patch: Partial<ComplaintListQuery>) => void
  onReset: () => void
}

/** The filter bar above the register; every control maps to one field of complaints.list. */
export function ComplaintFilters({ query, onChange, onReset }: ComplaintFiltersProps) {
  const { t } = useTranslation()
  // Complaints of a squad deactivated since are still found by it.
  const squads = useQuery('cases.squads', { includeInactive: true })
  const [search, setSearch] = useState(query.search ?? '')
  useEffect(() => setSearch(query.search ?? ''), [query.search])
  const filtered = Boolean(query.search || query.squadIds?.length || query.sources?.length || query.from || query.to || query.repeatsOnly)

  return (
    <Flex gap={8} wrap align="center" className="filter-bar">
      <Input.Search
        allowClear
        placeholder={t('complaints.searchPlaceholder')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onSearch={(value) => onChange({ search: value.trim() || undefined })}
        style={{ width: 220 }}
        data-testid="complaint-search"
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('complaints.allSquads')}
        value={query.squadIds ?? []}
        onChange={(squadIds) => onChange({ squadIds })}
        options={(squads.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        loading={squads.loading}
        style={{ width: 180 }}
        data-testid="complaint-filter-squad"
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('complaints.allSources')}
        value={query.sources ?? []}
        onChange={(sources) => onChange({ sources })}
        options={sourceOptions(t)}
        style={{ width: 180 }}
        data-testid="complaint-filter-source"
      />
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        placeholder={[t('complaints.receivedFrom'), t('complaints.receivedTo')]}
        value={[fromIsoDate(query.from), fromIsoDate(query.to)]}
        onChange={(range) => onChange({ from: toIsoDate(range?.[0]) ?? undefined, to: toIsoDate(range?.[1]) ?? undefined })}
        style={{ width: 260 }}
        data-testid="complaint-filter-received"
      />
      <Flex gap={6} align="center" component="label">
        <Switch size="small" checked={query.repeatsOnly ?? false} onChange={(on) => onChange({ repeatsOnly: on || undefined })} data-testid="complaint-filter-repeats" />
        {t('complaints.repeatsOnly')}
      </Flex>
      {filtered && (
        <Button type="link" onClick={onReset}>
          {t('common.reset')}
        </Button>
      )}
    </Flex>
  )
}
