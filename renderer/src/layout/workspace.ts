import { createContext, useContext } from 'react'
import type { z } from 'zod'
import type { workspaceStatus, Locale } from '../../../shared/contract/workspace'

export type WorkspaceStatus = z.output<typeof workspaceStatus>

export interface WorkspaceContextValue {
  status: WorkspaceStatus
  /** Re-reads workspace.status (after setup or a locale change). */
  refresh: () => Promise<void>
  setLocale: (locale: Locale) => Promise<void>
}

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null)

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext)
  if (!value) throw new Error('useWorkspace outside WorkspaceContext')
  return value
}
