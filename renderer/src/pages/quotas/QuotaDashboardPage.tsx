import { useState } from 'react'
import { Alert, Card, DatePicker, Flex, Segmented, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { api, useQuery } from '../../api'
import { CenteredSpin } from '../../components/CenteredSpin'
import { ErrorResult } from '../../components/ErrorResult'
import { ExportButton } from '../../components/ExportButton'
import { PageHeader } from '../../components/PageHeader'
import { useRights } from '../../layout/workspace'
import { FigureCard } from './FigureCard'
import { SquadTable } from './SquadTable'
import { TargetsButton } from './TargetsButton'
import { periodName } from './quotaText'
import { openerOf } from './openers'
import './quotas.css'

const QUARTERS = [0, 1, 2, 3, 4] as const

/** 年度执法监督工作台账: the plan's figures for a year or a quarter, for the bureau and each squad. */
export function QuotaDashboardPage() {
  const { t } = useTranslation()
  const { lead } = useRights()
  const current = useQuery('quotas.currentYear', {})
  const [chosen, setYear] = useState<number | null>(null)
  const year = chosen ?? current.data?.year ?? null
  const [quarter, setQuarter] = useState<number>(0)
  const period = year === null ? null : { year, quarter: quarter === 0 ? null : quarter }
  const dashboard = useQuery('quotas.dashboard', period)
  const d = dashboard.data
  const error = current.error ?? dashboard.error

  return (
    <div className="page">
      <PageHeader
        title={t('quotas.title')}
        tags={d && <Typography.Text type="secondary">{t('quotas.period', { period: periodName(d.year, d.quarter), from: d.from, to: d.to })}</Typography.Text>}
        extra={
          <>
            <DatePicker picker="year" allowClear={false} value={year === null ? null : dayjs(`${year}-01-01`)} onChange={(v) => v && setYear(v.year())} data-testid="quota-year" />
            <Segmented
              value={quarter}
              onChange={(v) => setQuarter(Number(v))}
              options={QUARTERS.map((q) => ({ value: q, label: q === 0 ? t('quotas.wholeYear') : t('quotas.quarter', { quarter: q }) }))}
              data-testid="quota-quarter"
            />
            {lead && year !== null && <TargetsButton year={year} onSaved={dashboard.reload} />}
            {period && <ExportButton label={t('quotas.export')} write={() => api.call('quotas.exportWorkbook', period)} testId="quota-export" />}
          </>
        }
      />
      {error ? (
        <ErrorResult error={error} onRetry={current.error ? current.reload : dashboard.reload} />
      ) : !d ? (
        <CenteredSpin />
      ) : (
        <Flex vertical gap={16}>
          <div className="quota-grid">
            {d.total.map((f) => (
              <FigureCard key={f.key} figure={f} onOpen={openerOf(f.key, d)} />
            ))}
          </div>
          {d.monthsWithoutCampaign.length > 0 && (
            <Alert type="warning" showIcon title={t('quotas.monthsWithout', { months: d.monthsWithoutCampaign.join(t('common.listSeparator')) })} data-testid="quota-months" />
          )}
          <Card size="small" title={t('quotas.bySquad')}>
            <SquadTable dashboard={d} />
          </Card>
          <Card size="small" title={t('quotas.uncovered', { count: d.uncoveredOfficers.length })} data-testid="quota-uncovered">
            {d.uncoveredOfficers.length === 0 ? (
              <Typography.Text type="secondary">{t('quotas.allCovered')}</Typography.Text>
            ) : (
              <Flex wrap gap={6}>
                {d.uncoveredOfficers.map((o) => (
                  <Tag key={o.id}>{t('quotas.officer', { name: o.name, squad: o.squadName })}</Tag>
                ))}
              </Flex>
            )}
          </Card>
        </Flex>
      )}
    </div>
  )
}
