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
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers'

// Only the parts the reports draw, so the rest of echarts stays out of the bundle.
registerParts([BarChart, LineChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer, SVGRenderer])

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption>

const FONT_FAMILY = "'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif"

interface Props {
  option: ChartOption
  height: number
  testId: string
  /** For paper: drawn as SVG without animation, `onDrawn` called once the drawing is complete. */
  print?: boolean
  onDrawn?: () => void
}

/** An echarts canvas that fills its box's width, follows its resizes and is disposed with it. */
export function EChart({ option, height, testId, print = false, onDrawn }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<ECharts | null>(null)
  const drawn = useRef(onDrawn)
  useEffect(() => {
    drawn.current = onDrawn
  })

  useEffect(() => {
    const el = box.current!
    const instance = init(el, undefined, { renderer: print ? 'svg' : 'canvas' })
    instance.on('finished', () => drawn.current?.())
    chart.current = instance
    const observer = new ResizeObserver(() => instance.resize())
    observer.observe(el)
    return () => {
      observer.disconnect()
      instance.dispose()
      chart.current = null
    }
  }, [print])

  useEffect(() => {
    const motion = print ? { animation: false } : { animationDuration: 300, animationDurationUpdate: 300 }
    chart.current?.setOption({ ...motion, textStyle: { fontFamily: FONT_FAMILY }, ...option }, { notMerge: true })
  }, [option, print])

  return <div ref={box} data-testid={testId} style={{ width: '100%', height, minWidth: 0 }} />
}
