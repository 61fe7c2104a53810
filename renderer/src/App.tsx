import { useCallback, useEffect, useMemo, useState } from 'react'
import { App as AntApp, ConfigProvider, Result } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import enUS from 'antd/locale/en_US'
import { useTranslation } from 'react-i18next'
import type { Locale } from '../../shared/contract/workspace'
import { api, onSignedOut, toApiError, type ApiError } from './api'
import { CenteredSpin } from './components/CenteredSpin'
import { applyLocale, currentLocale } from './i18n'
import { AppShell } from './layout/AppShell'
import { WorkspaceContext, type WorkspaceContextValue, type WorkspaceStatus } from './layout/workspace'
import { SetupPage } from './pages/setup/SetupPage'
import { SignInPage, type SignInReason } from './pages/auth/SignInPage'
import { FirstAdminPage } from './pages/auth/FirstAdminPage'
import { MustChangePasswordPage } from './pages/auth/MustChangePasswordPage'
import { useIdleLock } from './layout/useIdleLock'
import { RecoveryPage } from './pages/recovery/RecoveryPage'
import { useHashPath } from './router/hash'
import { resolveRoute } from './router/routes'
import { theme } from './theme'

function Routed() {
  const path = useHashPath()
  const { element, fullBleed, bare } = resolveRoute(path)
  if (bare) return element
  return (
    <AppShell path={path} fullBleed={fullBleed}>
      {element}
    </AppShell>
  )
}

/** What the window shows for the workspace's state and who is signed in there. */
function screenOf(status: WorkspaceStatus, lockedAs: WorkspaceStatus | null, reason: SignInReason) {
  if (status.needsSetup) return <SetupPage />
  if (!status.hasAccounts) return <FirstAdminPage />
  if (!status.account && lockedAs)
    return (
      <>
        <div aria-hidden className="app-locked">
          <Routed />
        </div>
        <div className="app-lock-overlay">
          <SignInPage reason={reason} />
        </div>
      </>
    )
  if (!status.account) return <SignInPage reason={reason} />
  if (status.account.mustChangePassword) return <MustChangePasswordPage />
  return <Routed />
}

export function App() {
  const { t, i18n } = useTranslation()
  const [status, setStatus] = useState<WorkspaceStatus>()
  const [error, setError] = useState<ApiError>()

  const adopt = useCallback(async (next: WorkspaceStatus) => {
    if (next.locale !== currentLocale()) await applyLocale(next.locale)
    setStatus(next)
  }, [])
  const refresh = useCallback(async () => adopt(await api.call('workspace.status', {})), [adopt])
  const setLocale = useCallback(async (locale: Locale) => adopt(await api.call('workspace.setLocale', { locale })), [adopt])

  useEffect(() => {
    refresh().catch((err: unknown) => setError(toApiError(err)))
  }, [refresh])
  const reopened = useCallback(() => {
    setError(undefined)
    refresh().catch((err: unknown) => setError(toApiError(err)))
  }, [refresh])

  // Locked, the app stays mounted under the sign-in card with the status it had, so nothing
  // typed is lost; signing in again as the same account picks up where the window was.
  const [lockedAs, setLockedAs] = useState<WorkspaceStatus | null>(null)
  const [reason, setReason] = useState<SignInReason>({ kind: 'start' })
  const endSession = useCallback(
    async (next: (current: WorkspaceStatus) => SignInReason, keepScreen: boolean) => {
      if (!status?.account) return
      await api.call('auth.signOut', {}).catch(() => {})
      setReason(next(status))
      setLockedAs(keepScreen ? status : null)
      await refresh()
    },
    [status, refresh],
  )
  const lock = useCallback(() => endSession((s) => ({ kind: 'locked', login: s.account?.login ?? '', minutes: null }), true), [endSession])
  const idleLock = useCallback(() => void endSession((s) => ({ kind: 'locked', login: s.account?.login ?? '', minutes: s.idleLockMinutes }), true), [endSession])
  const signOut = useCallback(() => endSession(() => ({ kind: 'start' }), false), [endSession])
  useIdleLock(status?.account ? status.idleLockMinutes : 0, idleLock)
  // The backend ended the session (locked by time, account disabled): show why, keep the screen.
  useEffect(() => onSignedOut(() => void endSession(() => ({ kind: 'signedOut' }), true)), [endSession])
  const signedIn = status?.account
  useEffect(() => {
    if (signedIn) setLockedAs(null)
  }, [signedIn])

  const shown = status && !status.account && lockedAs ? lockedAs : status
  const context = useMemo<WorkspaceContextValue | null>(() => (shown ? { status: shown, refresh, setLocale, lock, signOut } : null), [shown, refresh, setLocale, lock, signOut])

  let body
  // The database is damaged, missing or cannot be written: the recovery screen, and nothing else.
  if (error?.code === 'workspace_recovery') body = <RecoveryPage onOpened={reopened} />
  else if (error) body = <Result status="warning" title={t('common.loadFailed')} subTitle={error.message} />
  else if (!context) body = <CenteredSpin description={t('app.loading')} />
  else body = <WorkspaceContext.Provider value={context}>{screenOf(status!, lockedAs, reason)}</WorkspaceContext.Provider>

  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={theme}>
      <AntApp className="app-root">{body}</AntApp>
    </ConfigProvider>
  )
}
