import { useSyncExternalStore } from 'react'
import type { EvaluationState } from '../../../../shared/contract/evaluations'
import { scoreStage, type ScoreStage } from '../../../../shared/domain/score-stage'

export interface RunningScore {
  total: number
  grade: string
  /** 未评, provisional while scoring, or final once submitted. */
  stage: ScoreStage
}

/** What the top bar shows of an evaluation's state. */
export function runningScoreOf(state: EvaluationState): RunningScore {
  return { total: state.total, grade: state.grade, stage: scoreStage(state.status, state.scored) }
}

/**
 * The total and grade, held apart from the evaluation's state: the moment a save is answered the
 * top bar's total renders alone, and the rest of the page follows in a background render.
 */
export interface RunningScoreStore {
  total(): number | undefined
  grade(): string | undefined
  stage(): ScoreStage | undefined
  set(score: RunningScore): void
  subscribe(listener: () => void): () => void
}

export function createRunningScoreStore(): RunningScoreStore {
  let current: RunningScore | undefined
  const listeners = new Set<() => void>()
  return {
    total: () => current?.total,
    grade: () => current?.grade,
    stage: () => current?.stage,
    set(score) {
      if (current?.total === score.total && current.grade === score.grade && current.stage === score.stage) return
      current = { total: score.total, grade: score.grade, stage: score.stage }
      listeners.forEach((listener) => listener())
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** One of the values: a part that shows only the grade does not render when only the total moves. */
export function useRunningScore<K extends keyof RunningScore>(store: RunningScoreStore, key: K): RunningScore[K] | undefined {
  return useSyncExternalStore<RunningScore[K] | undefined>(store.subscribe, store[key] as () => RunningScore[K] | undefined)
}
