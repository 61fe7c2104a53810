import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { StatisticsHeadline, StatisticsReport } from '../../../../shared/contract/statistics'
import { formatPoints } from '../../format/points'
import { formatPercent } from '../adjudication/format'
import { EChart, type ChartOption } from './EChart'

export const GRADES = ['excellent', 'good', 'pass', 'fail'] as const
export const GRADE_COLORS = { excellent: '#52c41a', good: '#1677ff', pass: '#faad14', fail: '#ff4d4f' }
const BAR = '#1677ff'
const LINE = '#fa541c'
/** Names under the bars: all shown, slanted when there are many so none hides another. */
const slanted = (count: number) => count > 6
const nameLabels = (count: number) => ({ interval: 0, rotate: slanted(count) ? 35 : 0, width: 100, overflow: 'truncate' as const })
const pointsTooltip = (v: unknown) => (typeof v === 'number' ? formatPoints(v) : '—')

/** 等次分布 as a ring: how many evaluated cases fell in each grade. */
export function GradeChart({ grades }: { grades: StatisticsHeadline['grades'] }) {
  const { t } = useTranslation()
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b} {c} ({d}%)' },
      series: [
        {
          type: 'pie',
          radius: ['40%', '70%'],
          label: { formatter: '{b} {c}' },
          data: GRADES.map((g) => ({ name: t(`statistics.${g}`), value: grades[g], itemStyle: { color: GRADE_COLORS[g] } })).filter((d) => d.value > 0),
        },
      ],
    }),
    [grades, t],
  )
  return <EChart testId="stats-grades-chart" option={option} height={220} />
}

/** Squads' averages as bars, with the average of every evaluated case as a line across. */
export function SquadChart({ squads, average }: { squads: StatisticsReport['squads']; average: number | null }) {
  const { t } = useTranslation()
  const option = useMemo<ChartOption>(() => {
    const rows = squads.filter((s) => s.average !== null)
    return {
      grid: { left: 48, right: 120, top: 24, bottom: slanted(rows.length) ? 80 : 32 },
      tooltip: { trigger: 'axis', valueFormatter: pointsTooltip },
      xAxis: { type: 'category', data: rows.map((s) => s.squadName), axisLabel: nameLabels(rows.length) },
      yAxis: { type: 'value', name: t('statistics.average'), min: (v) => Math.max(0, Math.floor((v.min - 10) / 10) * 10), max: 100 },
      series: [
        {
          type: 'bar',
          name: t('statistics.average'),
          data: rows.map((s) => s.average),
          barMaxWidth: 48,
          itemStyle: { color: BAR },
          label: { show: true, position: 'top', formatter: (p) => pointsTooltip(p.value) },
          markLine:
            average === null
              ? undefined
              : {
                  symbol: 'none',
                  lineStyle: { color: LINE, type: 'dashed' },
                  label: { position: 'end', formatter: t('statistics.overallAverage', { value: formatPoints(average) }) },
                  data: [{ yAxis: average }],
                },
        },
      ],
    }
  }, [squads, average, t])
  return <EChart testId="stats-squads-chart" option={option} height={240} />
}

/** 问题类别 as a Pareto chart: cases per category, most first, and the cumulative share. */
export function ParetoChart({ categories }: { categories: StatisticsReport['categories'] }) {
  const { t } = useTranslation()
  const option = useMemo<ChartOption>(() => {
    const rows = [...categories].sort((a, b) => b.cases - a.cases)
    const total = rows.reduce((n, r) => n + r.cases, 0)
    let running = 0
    const cumulative = rows.map((r) => ((running += r.cases), total === 0 ? 0 : running / total))
    return {
      grid: { left: 48, right: 56, top: 36, bottom: slanted(rows.length) ? 80 : 32 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: rows.map((r) => r.category), axisLabel: nameLabels(rows.length) },
      yAxis: [
        { type: 'value', name: t('statistics.cases'), minInterval: 1 },
        { type: 'value', name: t('statistics.cumulative'), min: 0, max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` }, splitLine: { show: false } },
      ],
      series: [
        { type: 'bar', name: t('statistics.cases'), data: rows.map((r) => r.cases), barMaxWidth: 48, itemStyle: { color: BAR } },
        {
          type: 'line',
          name: t('statistics.cumulative'),
          yAxisIndex: 1,
          data: cumulative,
          itemStyle: { color: LINE },
          tooltip: { valueFormatter: (v) => (typeof v === 'number' ? formatPercent(v) : '—') },
        },
      ],
    }
  }, [categories, t])
  return <EChart testId="stats-categories-chart" option={option} height={260} />
}
