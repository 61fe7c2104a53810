import { useEffect, useState } from 'react'
import { Button, Card, Collapse, Flex, Typography } from 'antd'
import { DatabaseOutlined, ReloadOutlined, WarningOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { api, useQuery } from '../../api'
import { CenteredSpin } from '../../components/CenteredSpin'
import { ErrorResult } from '../../components/ErrorResult'
import { useFeedback } from '../../components/useFeedback'
import { applyLocale } from '../../i18n'
import { LanguageSwitch } from '../../layout/LanguageSwitch'
import { BackupFolderCard } from '../settings/backups/BackupFolderCard'
import { BackupList } from '../settings/backups/BackupList'
import { useRestore } from '../settings/backups/useRestore'
import './recovery.css'

/**
 * The only screen while the workspace cannot be opened (damaged, missing, read-only, disk full):
 * what happened, what to do, and the backups to restore from. Nothing else of the app is reachable.
 */
export function RecoveryPage({ onOpened }: { onOpened: () => void }) {
  const { t } = useTranslation()
  const { message, fail } = useFeedback()
  const health = useQuery('backups.health', {})
  const overview = useQuery('backups.overview', {})
  const { restore, restoring } = useRestore(onOpened)
  const [retrying, setRetrying] = useState(false)
  const opened = health.data?.state === 'open'
  useEffect(() => {
    if (opened) onOpened()
  }, [opened, onOpened])

  const error = health.error ?? overview.error
  if (error && (!health.data || !overview.data)) return <ErrorResult error={error} onRetry={() => (health.reload(), overview.reload())} />
  if (!health.data || !overview.data) return <CenteredSpin />
  const state = health.data
  if (state.state === 'open') return <CenteredSpin />

  async function retry() {
    setRetrying(true)
    try {
      const next = await api.call('backups.retryOpen', {})
      if (next.state === 'open') return onOpened()
      health.setData(next)
      void message.warning({ content: t('backups.recovery.stillClosed', { detail: next.detail }), duration: 8 })
    } catch (err) {
      fail(err)
    } finally {
      setRetrying(false)
    }
  }

  const canRetry = state.reason !== 'damaged'
  return (
    <Flex className="recovery-page" justify="center" data-testid="recovery-page" data-reason={state.reason}>
      <Card className="recovery-card" title={t('app.name')} extra={<LanguageSwitch onChange={applyLocale} />}>
        <Flex gap={16} align="flex-start">
          <WarningOutlined className="recovery-icon" />
          <div style={{ flex: 1 }}>
            <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="recovery-title">
              {t(`backups.recovery.titles.${state.reason}`)}
            </Typography.Title>
            <Typography.Paragraph>{t(`backups.recovery.bodies.${state.reason}`)}</Typography.Paragraph>
            <Typography.Paragraph type="secondary" copyable={{ text: state.dataFolder }}>
              {t('backups.recovery.dataFolder', { folder: state.dataFolder })}
            </Typography.Paragraph>
            <Collapse
              size="small"
              ghost
              items={[{ key: 'detail', label: t('backups.recovery.detail'), children: <Typography.Text code>{state.detail}</Typography.Text> }]}
            />
            {canRetry && (
              <Button icon={<ReloadOutlined />} loading={retrying} onClick={retry} style={{ marginTop: 8 }} data-testid="recovery-retry">
                {t('backups.recovery.retry')}
              </Button>
            )}
          </div>
        </Flex>

        <Typography.Title level={5} style={{ marginTop: 24 }}>
          <DatabaseOutlined /> {t('backups.recovery.backupsTitle')}
        </Typography.Title>
        <BackupList backups={overview.data.backups} loading={overview.loading} canRestore restoring={restoring} onRestore={restore} />
        <div style={{ marginTop: 16 }}>
          <BackupFolderCard overview={overview.data} canEdit onSaved={overview.setData} folderOnly />
        </div>
      </Card>
    </Flex>
  )
}
