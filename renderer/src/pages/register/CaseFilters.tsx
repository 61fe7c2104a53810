import { useEffect, useState } from 'react'
import { Button, DatePicker, Flex, Input, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import type { CaseListQuery } from '../../../../shared/contract/cases'
import { useQuery } from '../../api'
import { enumOptions } from '../../format/options'
import { fromIsoDate, toIsoDate } from '../../format/date'

interface CaseFiltersProps {
  query: CaseListQuery
  onChange: (patch: Partial<CaseListQuery>) => void
  onReset: () => void
}

/** The filter bar above the registry; every control maps to one field of cases.list. */
export function CaseFilters({ query, onChange, onReset }: CaseFiltersProps) {
  const { t } = useTranslation()
  // Cases of a squad deactivated since are still found by it.
  const squads = useQuery('cases.squads', { includeInactive: true })
  const options = enumOptions(t)
  const [search, setSearch] = useState(query.search ?? '')
  useEffect(() => setSearch(query.search ?? ''), [query.search])

  const filtered = Boolean(
    query.search || query.squadIds?.length || query.domains?.length || query.statuses?.length || query.filedFrom || query.filedTo,
  )

  return (
    <Flex gap={8} wrap className="filter-bar">
      <Input.Search
        allowClear
        placeholder={t('cases.searchPlaceholder')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onSearch={(value) => onChange({ search: value.trim() || undefined })}
        style={{ width: 220 }}
        data-testid="case-search"
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('cases.allSquads')}
        value={query.squadIds ?? []}
        onChange={(squadIds) => onChange({ squadIds })}
        options={(squads.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        loading={squads.loading}
        style={{ width: 180 }}
        data-testid="filter-squad"
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('cases.allDomains')}
        value={query.domains ?? []}
        onChange={(domains) => onChange({ domains })}
        options={options.domains}
        style={{ width: 180 }}
        data-testid="filter-domain"
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('cases.allStatuses')}
        value={query.statuses ?? []}
        onChange={(statuses) => onChange({ statuses })}
        options={options.statuses}
        style={{ width: 160 }}
        data-testid="filter-status"
      />
      <span data-testid="filter-filed">
        <DatePicker.RangePicker
        allowEmpty={[true, true]}
        placeholder={[t('cases.filedFrom'), t('cases.filedTo')]}
        value={[fromIsoDate(query.filedFrom), fromIsoDate(query.filedTo)]}
        onChange={(range) =>
          onChange({ filedFrom: toIsoDate(range?.[0]) ?? undefined, filedTo: toIsoDate(range?.[1]) ?? undefined })
        }
        style={{ width: 260 }}
        />
      </span>
      {filtered && (
        <Button type="link" onClick={onReset}>
          {t('common.reset')}
        </Button>
      )}
    </Flex>
  )
}
