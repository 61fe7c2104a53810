import { useState } from 'react'
import { usePrintPending } from '../../../print'
import { EChart, type ChartOption } from '../../reports/EChart'
import { useMedium } from './medium'

/** A chart on a slide; on paper it is drawn as SVG and holds the print until drawn. */
export function SlideChart({ option, height, testId }: { option: ChartOption; height: number; testId: string }) {
  const print = useMedium() === 'print'
  const [drawn, setDrawn] = useState(false)
  usePrintPending(print && !drawn)
  return (
    <div data-chart-drawn={drawn}>
      <EChart option={option} height={height} testId={testId} print={print} onDrawn={() => setDrawn(true)} />
    </div>
  )
}
