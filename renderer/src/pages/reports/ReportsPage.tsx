import { Alert, Button, Card, Empty, Flex, Typography } from 'antd'
import { FundProjectionScreenOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useQuery } from '../../api'
import type { StatisticsReport, StatisticsScope } from '../../../../shared/contract/statistics'
import { periodOf } from '../../../../shared/domain/statistics/period'
import { scopeParam } from '../../../../shared/domain/statistics/scope-param'
import { navigate } from '../../router/hash'
import { enterFullscreen } from '../presentation/fullscreen'
import { CenteredSpin } from '../../components/CenteredSpin'
import { ErrorResult } from '../../components/ErrorResult'
import { PageHeader } from '../../components/PageHeader'
import { formatDate } from '../../format/date'
import { HeadlineCards } from './HeadlineCards'
import { MonthlyTrend } from './MonthlyTrend'
import { GradeDistribution } from './GradeDistribution'
import { CategoryTable, ItemTable, RepeatProblems } from './ProblemTables'
import { ParetoChart, SquadChart } from './ReportCharts'
import { ScopePicker } from './ScopePicker'
import { OfficerTable, SquadTable } from './SquadTables'
import { TypicalCases } from './TypicalCases'
import { RectificationStatus } from '../rectification/RectificationStatus'
import { BulletinButton } from './bulletin/BulletinButton'
import './reports.css'

type PeriodScope = Extract<StatisticsScope, { kind: 'period' }>

function thisMonth(): PeriodScope {
  const today = new Date()
  const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-01`
  const p = periodOf('month', date)
  return { kind: 'period', period: 'month', year: p.year, index: p.index }
}

/** What the figures cover and what they are compared with. */
function ScopeLine({ report }: { report: StatisticsReport }) {
  const { t } = useTranslation()
  const range = (s: StatisticsReport['scope']) => (s.from && s.to ? t('statistics.scopeRange', { from: formatDate(s.from), to: formatDate(s.to) }) : s.label)
  return (
    <Typography.Text type="secondary" data-testid="stats-scope">
      {range(report.scope)} · {report.previous ? t('statistics.comparedWith', { label: range(report.previous) }) : t('statistics.noPrevious')}
    </Typography.Text>
  )
}

function Section({ title, testId, extra, children }: { title: string; testId: string; extra?: string; children: React.ReactNode }) {
  return (
    <Card size="small" title={title} data-testid={testId} extra={extra ? <Typography.Text type="secondary">{extra}</Typography.Text> : undefined}>
      {children}
    </Card>
  )
}

/**
 * 统计与讲评: the figures the section chief brings to the monthly meeting, for a campaign or a
 * period. Each chart sits above or beside its table.
 */
export function ReportsPage({ initialScope = null }: { initialScope?: StatisticsScope | null }) {
  const { t } = useTranslation()
  const campaigns = useQuery('campaigns.list', {})
  // Back from the presentation, the page shows the scope that was presented.
  const [chosen, setChosen] = useState<StatisticsScope | null>(initialScope)
  const [lastPeriod, setLastPeriod] = useState<PeriodScope>(() => (initialScope?.kind === 'period' ? initialScope : thisMonth()))
  // The meeting's figures are the case files'; A/V and complaint reviews count in 年度台账.
  const candidates = (campaigns.data ?? []).filter((c) => c.status !== 'draft' && c.target === 'case')
  // Until someone chooses: the latest campaign under way or closed, else this month.
  const scope: StatisticsScope | null = chosen ?? (campaigns.data ? (candidates[0] ? { kind: 'campaign', campaignId: candidates[0].id } : lastPeriod) : null)
  const report = useQuery('statistics.report', scope)

  if (campaigns.error) return <ErrorResult error={campaigns.error} onRetry={campaigns.reload} />
  const choose = (next: StatisticsScope) => {
    if (next.kind === 'period') setLastPeriod(next)
    setChosen(next)
  }
  const data = report.data
  return (
    <div className="page" data-testid="reports-page">
      <PageHeader
        title={t('statistics.title')}
        extra={
          scope && (
            <Flex gap={8} wrap align="center">
              <ScopePicker scope={scope} campaigns={candidates} lastPeriod={lastPeriod} onChange={choose} />
              <BulletinButton scope={scope} />
              <Button
                type="primary"
                icon={<FundProjectionScreenOutlined />}
                data-testid="present"
                onClick={() => {
                  // Full screen needs the click itself: asked for here, before the slides load.
                  enterFullscreen()
                  navigate(`/present?scope=${scopeParam(scope)}`)
                }}
              >
                {t('presentation.enter')}
              </Button>
            </Flex>
          )
        }
      />
      {report.error ? (
        <ErrorResult error={report.error} onRetry={report.reload} />
      ) : !data ? (
        <CenteredSpin />
      ) : (
        <Flex vertical gap={12} style={{ opacity: report.loading ? 0.6 : 1 }}>
          <ScopeLine report={data} />
          <Alert
            data-testid="stats-open"
            type={data.headline.open + data.headline.awaitingAdjudication > 0 ? 'warning' : 'success'}
            showIcon
            title={
              data.headline.open + data.headline.awaitingAdjudication > 0
                ? t('statistics.open', { open: data.headline.open, awaiting: data.headline.awaitingAdjudication })
                : t('statistics.allSubmitted')
            }
          />
          <HeadlineCards current={data.headline} previous={data.previousHeadline} />
          {data.headline.evaluated === 0 ? (
            <Card>
              <Empty description={t('statistics.noData')} data-testid="stats-empty" />
            </Card>
          ) : (
            <>
              <Section title={t('statistics.gradeDistribution')} testId="stats-grades-card">
                <GradeDistribution headline={data.headline} />
              </Section>
              <Section
                title={t('statistics.trend')}
                testId="stats-trend-card"
                extra={t(scope?.kind === 'campaign' ? 'statistics.trendHintCampaign' : scope?.period === 'month' ? 'statistics.trendHintMonth' : 'statistics.trendHintPeriod')}
              >
                <MonthlyTrend months={data.months} />
              </Section>
              <Section title={t('statistics.squads')} testId="stats-squads-card">
                <SquadChart squads={data.squads} average={data.headline.average} />
                <SquadTable rows={data.squads} />
              </Section>
              <Section title={t('statistics.categories')} testId="stats-categories-card">
                <ParetoChart categories={data.categories} />
                <CategoryTable rows={data.categories} />
              </Section>
              <Section title={t('statistics.items')} testId="stats-items-card">
                <ItemTable rows={data.items} />
              </Section>
              <Section title={t('statistics.repeats')} testId="stats-repeats-card" extra={t('statistics.repeatsHint')}>
                <RepeatProblems report={data} />
              </Section>
              <Section title={t('typical.section.title')} testId="stats-typical-card" extra={t('typical.section.hint')}>
                {scope && <TypicalCases scope={scope} />}
              </Section>
              <Section title={t('rectification.section')} testId="stats-rectification-card" extra={t('rectification.sectionHint')}>
                {scope && <RectificationStatus scope={scope} />}
              </Section>
              <Section title={t('statistics.officers')} testId="stats-officers-card">
                <OfficerTable rows={data.officers} />
              </Section>
            </>
          )}
        </Flex>
      )}
    </div>
  )
}
