import { useCallback, useState } from 'react'
import { Alert, Button, Card, Flex, Typography } from 'antd'
import { CloudUploadOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { api, useQuery } from '../../../api'
import { CenteredSpin } from '../../../components/CenteredSpin'
import { ErrorResult } from '../../../components/ErrorResult'
import { useFeedback } from '../../../components/useFeedback'
import { useWorkspace } from '../../../layout/workspace'
import { useRights } from '../../../layout/workspace'
import { BackupFolderCard } from './BackupFolderCard'
import { BackupList } from './BackupList'
import { formatBackupTime } from './format'
import { useRestore } from './useRestore'

/** 设置 → 备份与恢复: where backups go, 立即备份, and the list to restore from; changes are an administrator's. */
export function BackupsTab() {
  const { t } = useTranslation()
  const { message, fail } = useFeedback()
  const { refresh } = useWorkspace()
  const { admin: canEdit, name: reviewerName } = useRights()
  const overview = useQuery('backups.overview', {})
  const { reload } = overview
  const [running, setRunning] = useState(false)
  // The services reopened on the backup: the workspace (reviewer, locale) is read again.
  const restored = useCallback(async () => {
    await refresh()
    reload()
  }, [refresh, reload])
  const { restore, restoring } = useRestore(restored)

  if (overview.error && !overview.data) return <ErrorResult error={overview.error} onRetry={reload} />
  if (!overview.data) return <CenteredSpin />
  const data = overview.data

  async function backupNow() {
    setRunning(true)
    try {
      const info = await api.call('backups.run', {})
      void message.success(t('backups.list.done', { name: formatBackupTime(info.createdAt) }))
      reload()
    } catch (err) {
      fail(err)
    } finally {
      setRunning(false)
    }
  }

  return (
    <Flex vertical gap={16} data-testid="backups-tab">
      {!canEdit && <Alert type="info" showIcon title={t('backups.leadOnly', { name: reviewerName })} data-testid="backups-lead-only" />}
      <BackupFolderCard overview={data} canEdit={canEdit} onSaved={overview.setData} />
      <Card
        size="small"
        title={t('backups.list.title')}
        extra={
          <Button type="primary" icon={<CloudUploadOutlined />} disabled={!canEdit || restoring !== null} loading={running} onClick={backupNow} data-testid="backup-now">
            {running ? t('backups.list.backingUp') : t('backups.list.backupNow')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary" data-testid="backup-last">
          {data.lastBackupAt ? t('backups.list.last', { at: formatBackupTime(data.lastBackupAt) }) : t('backups.list.never')}
        </Typography.Paragraph>
        <BackupList backups={data.backups} loading={overview.loading} canRestore={canEdit && !running} restoring={restoring} onRestore={restore} />
      </Card>
    </Flex>
  )
}
