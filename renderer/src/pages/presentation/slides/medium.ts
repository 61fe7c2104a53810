import { createContext, useContext } from 'react'

/** Where the slides are drawn: on the projector (one at a time, animated) or on paper (all, static). */
export type Medium = 'screen' | 'print'
export const MediumContext = createContext<Medium>('screen')
export const useMedium = () => useContext(MediumContext)

/** The size every slide is laid out at; the stage and the printed page scale it. */
export const SLIDE_WIDTH = 1920
export const SLIDE_HEIGHT = 1080

/** Chart type size on a slide: about 2× the screen's, readable from the back of a meeting room. */
export const SLIDE_CHART_SCALE = { font: 24 }
