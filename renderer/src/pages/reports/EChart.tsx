import { useEffect, useRef } from 'react'
import { init, use as registerParts, type ComposeOption, type ECharts } from 'echarts/core'
import { BarChart, LineChart, PieChart, type BarSeriesOption, type LineSeriesOption, type PieSeriesOption } from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

// Only the parts the reports draw, so the rest of echarts stays out of the bundle.
registerParts([BarChart, LineChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer])

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption>

const FONT_FAMILY = "'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif"

/** An echarts canvas that fills its box's width, follows its resizes and is disposed with it. */
export function EChart({ option, height, testId }: { option: ChartOption; height: number; testId: string }) {
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<ECharts | null>(null)

  useEffect(() => {
    const el = box.current!
    const instance = init(el, undefined, { renderer: 'canvas' })
    chart.current = instance
    const observer = new ResizeObserver(() => instance.resize())
    observer.observe(el)
    return () => {
      observer.disconnect()
      instance.dispose()
      chart.current = null
    }
  }, [])

  useEffect(() => {
    chart.current?.setOption({ animationDuration: 300, animationDurationUpdate: 300, textStyle: { fontFamily: FONT_FAMILY }, ...option }, { notMerge: true })
  }, [option])

  return <div ref={box} data-testid={testId} style={{ width: '100%', height, minWidth: 0 }} />
}
