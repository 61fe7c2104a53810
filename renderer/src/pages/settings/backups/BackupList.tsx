import type { HTMLAttributes } from 'react'
import { Button, Table, Tag, Typography } from 'antd'
import { CheckCircleOutlined, ExclamationCircleOutlined, HistoryOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { BackupInfo } from '../../../../../shared/contract/backups'
import { formatBytes } from '../../../format/size'
import { formatBackupTime } from './format'

interface BackupListProps {
  backups: BackupInfo[]
  loading?: boolean
  canRestore: boolean
  /** The backup being restored, whose button spins. */
  restoring: string | null
  onRestore: (backup: BackupInfo) => void
}

/** The backups in the folder, newest first: when, why, how big, verified, and a restore button. */
export function BackupList({ backups, loading, canRestore, restoring, onRestore }: BackupListProps) {
  const { t } = useTranslation()
  return (
    <Table<BackupInfo>
      rowKey="name"
      size="small"
      loading={loading}
      dataSource={backups}
      pagination={backups.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: t('backups.list.empty') }}
      onRow={(b) => ({ 'data-testid': 'backup-row', 'data-name': b.name }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          key: 'createdAt',
          title: t('backups.list.createdAt'),
          render: (_v, b, i) => (
            <>
              {formatBackupTime(b.createdAt)}
              {i === 0 && (
                <Tag color="blue" style={{ marginInlineStart: 8 }}>
                  {t('backups.recovery.latest')}
                </Tag>
              )}
            </>
          ),
        },
        { key: 'reason', title: t('backups.list.reason'), width: 150, render: (_v, b) => t(`backups.list.reasons.${b.reason}`) },
        { key: 'size', title: t('backups.list.size'), width: 120, align: 'right', render: (_v, b) => formatBytes(b.databaseBytes) },
        {
          key: 'scans',
          title: t('backups.list.scans'),
          width: 150,
          align: 'right',
          render: (_v, b) => (
            <>
              {t('backups.list.scanCount', { count: b.scanCount })}
              {b.scansMissing > 0 && (
                <Typography.Text type="warning" style={{ marginInlineStart: 8 }}>
                  {t('backups.list.scansMissing', { count: b.scansMissing })}
                </Typography.Text>
              )}
            </>
          ),
        },
        {
          key: 'verified',
          title: t('backups.list.verified'),
          width: 110,
          render: (_v, b) =>
            b.verified ? (
              <Tag color="success" icon={<CheckCircleOutlined />}>
                {t('backups.list.verifiedYes')}
              </Tag>
            ) : (
              <Tag color="warning" icon={<ExclamationCircleOutlined />}>
                {t('backups.list.verifiedNo')}
              </Tag>
            ),
        },
        {
          key: 'actions',
          title: t('backups.list.actions'),
          width: 100,
          render: (_v, b) => (
            <Button
              size="small"
              icon={<HistoryOutlined />}
              disabled={!canRestore || (restoring !== null && restoring !== b.name)}
              loading={restoring === b.name}
              onClick={() => onRestore(b)}
              data-testid="backup-restore"
            >
              {t('backups.list.restore')}
            </Button>
          ),
        },
      ]}
    />
  )
}
