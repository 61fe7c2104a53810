import { useCallback, useState } from 'react'
import type { ButtonProps } from 'antd'
import { useTranslation } from 'react-i18next'
import type { BackupInfo } from '../../../../../shared/contract/backups'
import { api } from '../../../api'
import { useFeedback } from '../../../components/useFeedback'
import { formatBackupTime } from './format'

/** Asks before a restore (what is lost, what is kept), runs it and reports what became of the database. */
export function useRestore(onRestored: () => Promise<void> | void) {
  const { t } = useTranslation()
  const { message, modal, fail } = useFeedback()
  const [restoring, setRestoring] = useState<string | null>(null)

  const restore = useCallback(
    (backup: BackupInfo) => {
      modal.confirm({
        title: t('backups.restore.confirmTitle', { at: formatBackupTime(backup.createdAt) }),
        content: t('backups.restore.confirmBody'),
        okText: t('backups.restore.ok'),
        okButtonProps: { danger: true, 'data-testid': 'backup-restore-confirm' } as ButtonProps,
        cancelText: t('common.cancel'),
        width: 480,
        onOk: async () => {
          setRestoring(backup.name)
          const key = 'backup-restore'
          void message.loading({ content: t('backups.restore.running'), key, duration: 0 })
          try {
            const result = await api.call('backups.restore', { name: backup.name })
            const name = formatBackupTime(backup.createdAt)
            const content = result.previousDatabase ? t('backups.restore.done', { name, previous: result.previousDatabase }) : t('backups.restore.doneNoPrevious', { name })
            void message.success({ content, key, duration: 8 })
            await onRestored()
          } catch (err) {
            message.destroy(key)
            fail(err)
          } finally {
            setRestoring(null)
          }
        },
      })
    },
    [t, modal, message, fail, onRestored],
  )
  return { restore, restoring }
}
