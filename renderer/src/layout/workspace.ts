import { createContext, useContext } from 'react'
import type { z } from 'zod'
import type { workspaceStatus, Locale } from '../../../shared/contract/workspace'

export type WorkspaceStatus = z.output<typeof workspaceStatus>

export interface WorkspaceContextValue {
  status: WorkspaceStatus
  /** Re-reads workspace.status (after setup or a locale change). */
  refresh: () => Promise<void>
  setLocale: (locale: Locale) => Promise<void>
  /** Locks the window: signs out and shows the sign-in screen with the account filled in. */
  lock: () => Promise<void>
  signOut: () => Promise<void>
}

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null)

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext)
  if (!value) throw new Error('useWorkspace outside WorkspaceContext')
  return value
}

/** What the signed-in account may do, as the contract's access rules say (the server checks again). */
export function useRights(): { lead: boolean; admin: boolean; name: string } {
  const account = useWorkspace().status.account
  return { lead: account !== null && (account.role === 'lead' || account.isAdmin), admin: account?.isAdmin === true, name: account?.name ?? '—' }
}
