import { useCallback, useEffect, useMemo, useState } from 'react'
import { App as AntApp, ConfigProvider, Result } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import enUS from 'antd/locale/en_US'
import { useTranslation } from 'react-i18next'
import type { Locale } from '../../shared/contract/workspace'
import { api, toApiError, type ApiError } from './api'
import { CenteredSpin } from './components/CenteredSpin'
import { applyLocale, currentLocale } from './i18n'
import { AppShell } from './layout/AppShell'
import { WorkspaceContext, type WorkspaceContextValue, type WorkspaceStatus } from './layout/workspace'
import { SetupPage } from './pages/setup/SetupPage'
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

  const context = useMemo<WorkspaceContextValue | null>(() => (status ? { status, refresh, setLocale } : null), [status, refresh, setLocale])

  let body
  // The database is damaged, missing or cannot be written: the recovery screen, and nothing else.
  if (error?.code === 'workspace_recovery') body = <RecoveryPage onOpened={reopened} />
  else if (error) body = <Result status="warning" title={t('common.loadFailed')} subTitle={error.message} />
  else if (!context) body = <CenteredSpin description={t('app.loading')} />
  else body = <WorkspaceContext.Provider value={context}>{context.status.needsSetup ? <SetupPage /> : <Routed />}</WorkspaceContext.Provider>

  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={theme}>
      <AntApp className="app-root">{body}</AntApp>
    </ConfigProvider>
  )
}
