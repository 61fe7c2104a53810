import { useCallback, useEffect, useRef, useState } from 'react'
import { Button, Result } from 'antd'
import { useTranslation } from 'react-i18next'
import type { StatisticsScope } from '../../../../shared/contract/statistics'
import { scopeParam } from '../../../../shared/domain/statistics/scope-param'
import { CenteredSpin } from '../../components/CenteredSpin'
import { ErrorResult } from '../../components/ErrorResult'
import { navigate } from '../../router/hash'
import { enterFullscreen, isFullscreen, leaveFullscreen } from './fullscreen'
import { PresentationControls } from './PresentationControls'
import { SlideStage } from './SlideStage'
import { SlideView } from './SlideView'
import { useDeck } from './useDeck'
import { useDeckSource } from './useDeckSource'
import './presentation.css'

/** True once the mouse has rested a while: the presenter's bar and the pointer then leave the slide. */
function useIdle(ms: number): boolean {
  const [idle, setIdle] = useState(true)
  useEffect(() => {
    let timer: number | undefined
    const wake = () => {
      setIdle(false)
      window.clearTimeout(timer)
      timer = window.setTimeout(() => setIdle(true), ms)
    }
    window.addEventListener('mousemove', wake)
    return () => {
      window.removeEventListener('mousemove', wake)
      window.clearTimeout(timer)
    }
  }, [ms])
  return idle
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'])
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])

/**
 * 投屏讲评: the statistics of a scope as full-screen slides for the meeting room's projector.
 * Keys move through them; Esc (or leaving full screen) returns to 统计与讲评.
 */
export function PresentationPage({ scope }: { scope: StatisticsScope | null }) {
  const { t } = useTranslation()
  const { source, error, reload } = useDeckSource(scope)
  const [masked, setMasked] = useState(false)
  const deck = useDeck(source, scope, masked)
  const [index, setIndex] = useState(0)
  const total = deck?.slides.length ?? 0
  const current = Math.max(0, Math.min(index, total - 1))
  // A deck always opens with its title slide: there is a current one once the deck is there.
  const slide = deck?.slides[current]
  // Set while this page holds full screen; its end (Esc in full screen) means leaving.
  const holdsFullscreen = useRef(false)
  const idle = useIdle(2500)

  const reportsPath = scope ? `/reports?scope=${scopeParam(scope)}` : '/reports'
  const leave = useCallback(() => {
    holdsFullscreen.current = false
    leaveFullscreen()
    navigate(reportsPath)
  }, [reportsPath])
  const toggleFullscreen = useCallback(() => {
    if (isFullscreen()) {
      holdsFullscreen.current = false
      leaveFullscreen()
    } else enterFullscreen()
  }, [])
  const openPdf = useCallback(() => {
    if (!scope) return
    holdsFullscreen.current = false
    leaveFullscreen()
    navigate(`/present/print?scope=${scopeParam(scope)}${masked ? '&masked=1' : ''}`)
  }, [scope, masked])

  useEffect(() => {
    const onChange = () => {
      if (isFullscreen()) holdsFullscreen.current = true
      else if (holdsFullscreen.current) leave()
    }
    onChange()
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [leave])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return
      let handled = true
      if (e.key === 'Escape') leave()
      else if (NEXT.has(e.key)) setIndex(Math.min(current + 1, total - 1))
      else if (PREVIOUS.has(e.key)) setIndex(Math.max(current - 1, 0))
      else if (e.key === 'Home') setIndex(0)
      else if (e.key === 'End') setIndex(Math.max(total - 1, 0))
      else if (e.key === 'm' || e.key === 'M') setMasked((m) => !m)
      else if (e.key === 'f' || e.key === 'F') toggleFullscreen()
      else handled = false
      if (handled) e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [current, total, leave, toggleFullscreen])

  let body
  if (!scope)
    body = (
      <Result
        status="warning"
        title={t('presentation.noScope')}
        extra={
          <Button type="primary" onClick={() => navigate('/reports')}>
            {t('presentation.backToReports')}
          </Button>
        }
      />
    )
  else if (error) body = <ErrorResult error={error} onRetry={reload} />
  else if (!deck || !slide) body = <CenteredSpin />
  else
    body = (
      <>
        <SlideStage>
          <SlideView key={`${current}/${masked}`} masked={masked} slide={slide} meta={{ issuingUnit: deck.issuingUnit, scopeLabel: deck.scopeLabel, number: current + 1, total }} />
        </SlideStage>
        <PresentationControls index={current} total={total} masked={masked} onMove={setIndex} onMask={setMasked} onFullscreen={toggleFullscreen} onPdf={openPdf} onLeave={leave} />
      </>
    )
  return (
    <div className={!deck ? 'deck-screen deck-screen-plain' : idle ? 'deck-screen deck-screen-idle' : 'deck-screen'} data-testid="presentation" data-index={current} data-total={total} data-masked={masked ? '1' : '0'}>
      {body}
    </div>
  )
}
