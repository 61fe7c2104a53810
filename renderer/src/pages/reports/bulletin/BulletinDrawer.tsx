import { useEffect, useState } from 'react'
import { Alert, Button, Drawer, Flex, Popconfirm, Typography } from 'antd'
import { FileWordOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { BulletinContent, BulletinDraft } from '../../../../../shared/contract/bulletin'
import type { StatisticsScope } from '../../../../../shared/contract/statistics'
import { api, useQuery } from '../../../api'
import { CenteredSpin } from '../../../components/CenteredSpin'
import { ErrorResult } from '../../../components/ErrorResult'
import { useExport } from '../../../components/useExport'
import { useFeedback } from '../../../components/useFeedback'
import { formatDateTime } from '../../../format/date'
import { BulletinForm } from './BulletinForm'
import { sameContent } from './draft'

interface Props {
  open: boolean
  scope: StatisticsScope
  onClose: () => void
}

/**
 * 通报: the text generated from the statistics, edited here, kept with the campaign or period,
 * and exported as a .docx in official-document layout.
 */
export function BulletinDrawer({ open, scope, onClose }: Props) {
  const { t } = useTranslation()
  const { message, modal, fail } = useFeedback()
  const draft = useQuery('bulletin.draft', open ? scope : null)
  const settings = useQuery('bulletin.settings', open ? {} : null)
  const [content, setContent] = useState<BulletinContent | null>(null)
  const [busy, setBusy] = useState<'save' | 'reset' | null>(null)
  const exporter = useExport()

  useEffect(() => {
    setContent(draft.data?.content ?? null)
  }, [draft.data])

  const dirty = !!draft.data && !sameContent(content, draft.data.content)

  async function act(kind: 'save' | 'reset', call: () => Promise<BulletinDraft>, done: string) {
    setBusy(kind)
    try {
      draft.setData(await call())
      void message.success(done)
    } catch (err) {
      fail(err)
    } finally {
      setBusy(null)
    }
  }

  const save = () => act('save', () => api.call('bulletin.save', { scope, content: content! }), t('bulletin.saved'))
  const regenerate = () => act('reset', () => api.call('bulletin.reset', scope), t('bulletin.regenerated'))
  const exportDocx = () =>
    exporter.run(
      'export',
      async () => {
        // The export writes what is kept: unsaved edits are saved first.
        if (dirty) draft.setData(await api.call('bulletin.save', { scope, content: content! }))
        return api.call('bulletin.export', scope)
      },
      (result) => void message.success({ content: t('bulletin.exported', { fileName: result.fileName }), duration: 6 }),
    )
  const close = () => {
    if (!dirty) return onClose()
    modal.confirm({ title: t('bulletin.unsaved'), okText: t('bulletin.discard'), cancelText: t('common.cancel'), onOk: onClose })
  }

  const data = draft.data
  return (
    <Drawer
      open={open}
      onClose={close}
      size={920}
      destroyOnHidden
      title={t('bulletin.drawerTitle')}
      footer={
        <Flex justify="space-between" gap={8} wrap>
          <Popconfirm title={t('bulletin.regenerateConfirm')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={regenerate}>
            <Button icon={<ReloadOutlined />} loading={busy === 'reset'} disabled={!data} data-testid="bulletin-regenerate">
              {t('bulletin.regenerate')}
            </Button>
          </Popconfirm>
          <Flex gap={8} align="center">
            {dirty && <Typography.Text type="warning">{t('bulletin.unsaved')}</Typography.Text>}
            <Button icon={<SaveOutlined />} loading={busy === 'save'} disabled={!dirty || !content?.title.trim()} onClick={save} data-testid="bulletin-save">
              {t('bulletin.save')}
            </Button>
            <Button type="primary" icon={<FileWordOutlined />} loading={exporter.busy !== null} disabled={!content?.title.trim()} onClick={exportDocx} data-testid="bulletin-export">
              {t('bulletin.export')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      {draft.error && !data ? (
        <ErrorResult error={draft.error} onRetry={draft.reload} />
      ) : !data || !content ? (
        <CenteredSpin description={t('bulletin.loading')} />
      ) : (
        <Flex vertical gap={12} data-testid="bulletin-editor">
          {data.stale && <Alert type="warning" showIcon data-testid="bulletin-stale" title={t('bulletin.staleHint')} />}
          <Alert
            type={data.saved ? 'success' : 'info'}
            showIcon
            data-testid="bulletin-state"
            title={data.saved ? t('bulletin.savedHint', { by: data.updatedBy, at: formatDateTime(data.updatedAt) }) : t('bulletin.generatedHint')}
          />
          <BulletinForm content={content} settings={settings.data} onChange={setContent} />
        </Flex>
      )}
    </Drawer>
  )
}
