import { createContext, useContext, useSyncExternalStore } from 'react'
import type { RubricPath } from '../../../../../shared/domain/rubric-validation'
import { createIssueStore, type IssueStore } from './issues'

export interface DraftEditing {
  /** Replaces the value at `path` with what `change` makes of it. */
  updateWith<T>(path: RubricPath, change: (current: T) => unknown): void
  update(path: RubricPath, value: unknown): void
}

export const DraftContext = createContext<DraftEditing | null>(null)
export const IssuesContext = createContext<IssueStore>(createIssueStore())

export function useDraftEditing(): DraftEditing {
  const value = useContext(DraftContext)
  if (!value) throw new Error('useDraftEditing outside the rubric editor')
  return value
}

/** What the validation says about the field at `path` ('' when nothing). */
export function useIssueText(path: RubricPath): string {
  const store = useContext(IssuesContext)
  return useSyncExternalStore(store.subscribe, () => store.textAt(path))
}

export function useIssueCount(path: RubricPath): number {
  const store = useContext(IssuesContext)
  return useSyncExternalStore(store.subscribe, () => store.countWithin(path))
}
