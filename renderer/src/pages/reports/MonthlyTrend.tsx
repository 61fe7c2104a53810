import { Table } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { StatisticsReport } from '../../../../shared/contract/statistics'
import { formatPoints } from '../../format/points'
import { formatPercent } from '../adjudication/format'
import { EChart, type ChartOption } from './EChart'

type Month = StatisticsReport['months'][number]

const BAR = '#1677ff'
const LINE = '#fa541c'

/** 2024-03 as 2024年3月 (3/2024 in English). */
export function monthLabel(month: string, t: TFunction): string {
  return t('statistics.monthLabel', { year: month.slice(0, 4), m: Number(month.slice(5, 7)) })
}

/** The monthly trend: the average as bars, 合格率 as a line on its own axis; months without results stay empty. */
export function trendChartOption(months: readonly Month[], t: TFunction): ChartOption {
  const averages = months.flatMap((m) => (m.average === null ? [] : [m.average]))
  const passRates = months.flatMap((m) => (m.passRate === null ? [] : [m.passRate]))
  const slanted = months.length > 6
  return {
    grid: { left: 48, right: 56, top: 36, bottom: slanted ? 64 : 32 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: months.map((m) => monthLabel(m.month, t)), axisLabel: { interval: 0, rotate: slanted ? 35 : 0 } },
    yAxis: [
      { type: 'value', name: t('statistics.average'), min: Math.max(0, Math.floor((Math.min(100, ...averages) - 10) / 10) * 10), max: 100 },
      { type: 'value', name: t('statistics.passRate'), min: Math.max(0, Math.floor((Math.min(1, ...passRates) - 0.1) * 10) / 10), max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` }, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: t('statistics.average'),
        data: months.map((m) => m.average),
        barMaxWidth: 40,
        itemStyle: { color: BAR },
        // Inside the bar: the 合格率 line runs near the top of the chart and would cover a label above it.
        label: { show: true, position: 'insideTop', color: '#fff', formatter: (p) => (typeof p.value === 'number' ? formatPoints(p.value) : '') },
        tooltip: { valueFormatter: (v) => (typeof v === 'number' ? formatPoints(v) : '—') },
      },
      {
        type: 'line',
        name: t('statistics.passRate'),
        yAxisIndex: 1,
        data: months.map((m) => m.passRate),
        itemStyle: { color: LINE },
        tooltip: { valueFormatter: (v) => (typeof v === 'number' ? formatPercent(v) : '—') },
      },
    ],
  }
}

/** 月度趋势: the chart beside its table of cases, average and 合格率 per month. */
export function MonthlyTrend({ months }: { months: StatisticsReport['months'] }) {
  const { t } = useTranslation()
  const option = useMemo(() => trendChartOption(months, t), [months, t])
  return (
    <div className="stats-chart-beside">
      <EChart testId="stats-trend-chart" option={option} height={360} />
      <Table<Month>
        data-testid="stats-trend-table"
        rowKey="month"
        size="small"
        pagination={false}
        dataSource={months}
        columns={[
          { title: t('statistics.month'), render: (_, r) => monthLabel(r.month, t) },
          { title: t('statistics.cases'), dataIndex: 'cases', width: 80, align: 'right' },
          { title: t('statistics.average'), width: 80, align: 'right', render: (_, r) => formatPoints(r.average) },
          { title: t('statistics.passRate'), width: 90, align: 'right', render: (_, r) => formatPercent(r.passRate) },
        ]}
      />
    </div>
  )
}
