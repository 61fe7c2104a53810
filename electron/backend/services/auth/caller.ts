import type { SystemPorts } from '../context'
import type { SignedIn } from '../../../../shared/contract/auth'

/**
 * One window (IPC) or one browser page (the bridge's socket): who is signed in there, when it last
 * called (for the idle lock), and its own way to reach the user. The transport owns it; dispatch
 * reads it and the auth handlers sign it in and out.
 */
export interface Caller {
  accountId: number | null
  lastCallAt: number
  /** A browser page's file chooser and downloads, in place of the context's ports. */
  ports?: SystemPorts
  /**
   * The account as last read, with the idle limit then in force: a call reads neither again
   * until something that may change them has run (dispatch keeps the count), so a call made
   * while a long transaction holds the database (a cancel) is not kept waiting for them.
   */
  known?: { actor: SignedIn; idleMinutes: number; accountsVersion: AccountsVersion; seen: number }
}

/** How often accounts (and the idle limit) may have changed, per opening of the workspace. */
export interface AccountsVersion {
  count: number
}

export function newCaller(ports?: SystemPorts): Caller {
  return { accountId: null, lastCallAt: 0, ports }
}
