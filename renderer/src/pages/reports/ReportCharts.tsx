import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { StatisticsHeadline, StatisticsReport } from '../../../../shared/contract/statistics'
import { formatPoints } from '../../format/points'
import { formatPercent } from '../adjudication/format'
import { EChart, type ChartOption } from './EChart'

export const GRADES = ['excellent', 'good', 'pass', 'fail'] as const
export const GRADE_COLORS = { excellent: '#52c41a', good: '#1677ff', pass: '#faad14', fail: '#ff4d4f' }
const BAR = '#1677ff'
const LINE = '#fa541c'

/** Type size of a chart: the screen's defaults, or larger for a slide read from the back of a room. */
export interface ChartScale {
  font: number
}
const SCREEN: ChartScale = { font: 12 }
const px = (scale: ChartScale, n: number) => Math.round((n * scale.font) / SCREEN.font)
const fonts = (scale: ChartScale) => (scale === SCREEN ? {} : { fontSize: scale.font })

/** Names under the bars: all shown, slanted when there are many (or they are large) so none hides another. */
const slanted = (count: number, scale: ChartScale) => count > (scale === SCREEN ? 6 : 3)
const nameLabels = (count: number, scale: ChartScale) => ({ interval: 0, rotate: slanted(count, scale) ? 35 : 0, width: px(scale, 100), overflow: 'truncate' as const, ...fonts(scale) })
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
export function squadChartOption(squads: StatisticsReport['squads'], average: number | null, t: TFunction, scale: ChartScale = SCREEN): ChartOption {
  const rows = squads.filter((s) => s.average !== null)
  return {
    grid: { left: px(scale, 48), right: px(scale, 120), top: px(scale, 24), bottom: px(scale, slanted(rows.length, scale) ? 80 : 32) },
    tooltip: { trigger: 'axis', valueFormatter: pointsTooltip },
    xAxis: { type: 'category', data: rows.map((s) => s.squadName), axisLabel: nameLabels(rows.length, scale) },
    yAxis: { type: 'value', name: t('statistics.average'), nameTextStyle: fonts(scale), axisLabel: fonts(scale), min: (v) => Math.max(0, Math.floor((v.min - 10) / 10) * 10), max: 100 },
    series: [
      {
        type: 'bar',
        name: t('statistics.average'),
        data: rows.map((s) => s.average),
        barMaxWidth: px(scale, 48),
        itemStyle: { color: BAR },
        label: { show: true, position: 'top', formatter: (p) => pointsTooltip(p.value), ...fonts(scale) },
        markLine:
          average === null
            ? undefined
            : {
                symbol: 'none',
                lineStyle: { color: LINE, type: 'dashed', width: px(scale, 1) },
                label: { position: 'end', formatter: t('statistics.overallAverage', { value: formatPoints(average) }), ...fonts(scale) },
                data: [{ yAxis: average }],
              },
      },
    ],
  }
}

export function SquadChart({ squads, average }: { squads: StatisticsReport['squads']; average: number | null }) {
  const { t } = useTranslation()
  const option = useMemo(() => squadChartOption(squads, average, t), [squads, average, t])
  return <EChart testId="stats-squads-chart" option={option} height={240} />
}

/** 问题类别 as a Pareto chart: cases per category, most first, and the cumulative share. */
export function paretoOption(categories: StatisticsReport['categories'], t: TFunction, scale: ChartScale = SCREEN): ChartOption {
  const rows = [...categories].sort((a, b) => b.cases - a.cases)
  const total = rows.reduce((n, r) => n + r.cases, 0)
  let running = 0
  const cumulative = rows.map((r) => ((running += r.cases), total === 0 ? 0 : running / total))
  return {
    grid: { left: px(scale, 48), right: px(scale, 56), top: px(scale, 36), bottom: px(scale, slanted(rows.length, scale) ? 80 : 32) },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: fonts(scale), itemWidth: px(scale, 25), itemHeight: px(scale, 14) },
    xAxis: { type: 'category', data: rows.map((r) => r.category), axisLabel: nameLabels(rows.length, scale) },
    yAxis: [
      { type: 'value', name: t('statistics.cases'), nameTextStyle: fonts(scale), axisLabel: fonts(scale), minInterval: 1 },
      {
        type: 'value',
        name: t('statistics.cumulative'),
        nameTextStyle: fonts(scale),
        min: 0,
        max: 1,
        axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%`, ...fonts(scale) },
        splitLine: { show: false },
      },
    ],
    series: [
      { type: 'bar', name: t('statistics.cases'), data: rows.map((r) => r.cases), barMaxWidth: px(scale, 48), itemStyle: { color: BAR } },
      {
        type: 'line',
        name: t('statistics.cumulative'),
        yAxisIndex: 1,
        data: cumulative,
        itemStyle: { color: LINE },
        lineStyle: { width: px(scale, 2) },
        symbolSize: px(scale, 4),
        tooltip: { valueFormatter: (v) => (typeof v === 'number' ? formatPercent(v) : '—') },
      },
    ],
  }
}

export function ParetoChart({ categories }: { categories: StatisticsReport['categories'] }) {
  const { t } = useTranslation()
  const option = useMemo(() => paretoOption(categories, t), [categories, t])
  return <EChart testId="stats-categories-chart" option={option} height={260} />
}
