import { statements as initial } from './0001-initial'
import { statements as viewerState } from './0002-viewer-state'
import { statements as checksAndCalendar } from './0003-checks-and-calendar'

export interface Migration {
  id: string
  statements: readonly string[]
}

/** The fixed, ordered registry. Never edit an entry that has shipped: add a new one. */
export const MIGRATIONS: readonly Migration[] = [
  { id: '0001-initial', statements: initial },
  { id: '0002-viewer-state', statements: viewerState },
  { id: '0003-checks-and-calendar', statements: checksAndCalendar },
]
