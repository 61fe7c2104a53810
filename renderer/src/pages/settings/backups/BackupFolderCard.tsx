import { useEffect, useState } from 'react'
import { Alert, Button, Card, Flex, Form, Input, InputNumber, Typography } from 'antd'
import { FolderOpenOutlined, SaveOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { MAX_KEEP_DAYS, MIN_KEEP_DAYS } from '../../../../../shared/contract/backups'
import { api, isDesktop, type MethodOutput } from '../../../api'
import { useFeedback } from '../../../components/useFeedback'

type Overview = MethodOutput<'backups.overview'>

interface BackupFolderCardProps {
  overview: Overview
  canEdit: boolean
  onSaved: (overview: Overview) => void
  /** The recovery screen's use: only where the backups are, not when they are written or kept. */
  folderOnly?: boolean
}

/** Where backups go (the desktop's folder dialog, or a typed path in the browser) and how many days stay. */
export function BackupFolderCard({ overview, canEdit, onSaved, folderOnly = false }: BackupFolderCardProps) {
  const { t, i18n } = useTranslation()
  const { message, fail } = useFeedback()
  const chosen = overview.folder === overview.defaultFolder ? null : overview.folder
  const [folder, setFolder] = useState<string | null>(chosen)
  const [keepDays, setKeepDays] = useState(overview.keepDays)
  const [saving, setSaving] = useState(false)
  useEffect(() => {
    setFolder(chosen)
    setKeepDays(overview.keepDays)
  }, [chosen, overview.keepDays])

  const typed = folder?.trim() ?? null
  const dirty = typed !== chosen || keepDays !== overview.keepDays
  async function pick() {
    try {
      const picked = await api.call('backups.pickFolder', {})
      if (picked.folder) setFolder(picked.folder)
    } catch (err) {
      fail(err)
    }
  }
  async function save() {
    setSaving(true)
    try {
      onSaved(await api.call('backups.configure', { folder: typed || null, keepDays }))
      void message.success(t('backups.folder.saved'))
    } catch (err) {
      fail(err)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card size="small" title={t('backups.folder.title')} data-testid="backup-folder">
      <Typography.Paragraph type="secondary">{folderOnly ? t('backups.recovery.backupsHint') : t('backups.folder.hint')}</Typography.Paragraph>
      {overview.folderProblem && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('backups.folder.folderProblem', { detail: overview.folderProblem })} />}
      <Form layout="vertical" disabled={!canEdit}>
        <Form.Item label={t('backups.folder.current')} extra={[isDesktop() ? null : t('backups.folder.pathPlaceholder'), folder === null ? t('backups.folder.default') : null].filter(Boolean).join(i18n.language === 'en' ? ' ' : '')}>
          <Flex gap={8}>
            {isDesktop() ? (
              <Input readOnly value={folder ?? overview.defaultFolder} data-testid="backup-folder-path" />
            ) : (
              <Input
                value={folder ?? ''}
                placeholder={overview.defaultFolder}
                onChange={(e) => setFolder(e.target.value || null)}
                data-testid="backup-folder-path"
                aria-label={t('backups.folder.pathPlaceholder')}
              />
            )}
            {isDesktop() && (
              <Button icon={<FolderOpenOutlined />} onClick={pick} data-testid="backup-folder-pick">
                {t('backups.folder.choose')}
              </Button>
            )}
            <Button disabled={folder === null} onClick={() => setFolder(null)}>
              {t('backups.folder.useDefault')}
            </Button>
          </Flex>
        </Form.Item>
        <Flex align="flex-end" justify="space-between" gap={16} wrap>
          {folderOnly ? (
            <span />
          ) : (
            <Form.Item label={t('backups.folder.keepDays')} extra={t('backups.folder.keepDaysHint', { days: keepDays })} style={{ marginBottom: 0 }}>
              <InputNumber min={MIN_KEEP_DAYS} max={MAX_KEEP_DAYS} precision={0} value={keepDays} onChange={(v) => setKeepDays(v ?? overview.keepDays)} data-testid="backup-keep-days" />
            </Form.Item>
          )}
          <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={saving} onClick={save} data-testid="backup-folder-save">
            {t('backups.folder.save')}
          </Button>
        </Flex>
      </Form>
    </Card>
  )
}
