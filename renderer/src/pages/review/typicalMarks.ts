import { createContext, useCallback, useContext, useMemo } from 'react'
import type { TypicalKind, TypicalMark, TypicalTarget } from '../../../../shared/contract/typical'
import { api, useQuery } from '../../api'

export interface TypicalMarks {
  evaluationId: number
  /** The mark on a deduction or veto finding, if any. */
  markOf: (target: TypicalTarget) => TypicalMark | null
  mark: (target: TypicalTarget, kind: TypicalKind, note: string) => Promise<TypicalMark>
  unmark: (target: TypicalTarget) => Promise<void>
}

/** Without a provider (e.g. the adjudication view), nothing is marked and nothing can be. */
export const TypicalContext = createContext<TypicalMarks | null>(null)

export function useTypicalMarksContext(): TypicalMarks | null {
  return useContext(TypicalContext)
}

const matches = (m: TypicalMark, target: TypicalTarget) =>
  target.type === 'deduction' ? m.deductionId === target.deductionId : m.evaluationId === target.evaluationId && m.vetoId === target.vetoId

/** The typical-case marks of the evaluation on screen, kept in step with what the server answers; null until read. */
export function useTypicalMarks(evaluationId: number | undefined): TypicalMarks | null {
  const marks = useQuery('typical.ofEvaluation', evaluationId ? { evaluationId } : null)
  const { data, setData } = marks
  const list = useMemo(() => data ?? [], [data])
  const markOf = useCallback((target: TypicalTarget) => list.find((m) => matches(m, target)) ?? null, [list])
  const mark = useCallback(
    async (target: TypicalTarget, kind: TypicalKind, note: string) => {
      const saved = await api.call('typical.mark', { target, kind, note })
      setData([...list.filter((m) => m.id !== saved.id), saved])
      return saved
    },
    [list, setData],
  )
  const unmark = useCallback(
    async (target: TypicalTarget) => {
      await api.call('typical.unmark', { target })
      setData(list.filter((m) => !matches(m, target)))
    },
    [list, setData],
  )
  // Until the marks are read, no star shows: a star shown empty could hide a mark made earlier.
  const loaded = data !== undefined
  return useMemo(() => (evaluationId && loaded ? { evaluationId, markOf, mark, unmark } : null), [evaluationId, loaded, markOf, mark, unmark])
}
