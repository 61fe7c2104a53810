import { Button, Card, Descriptions, Flex, Typography, type ButtonProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, useQuery } from '../../api'
import { ErrorResult } from '../../components/ErrorResult'
import { PageHeader } from '../../components/PageHeader'
import { CenteredSpin } from '../../components/CenteredSpin'
import { useFeedback } from '../../components/useFeedback'
import { formatLongDate } from '../../format/date'
import { useRights } from '../../layout/workspace'
import { href, navigate } from '../../router/hash'
import { ExportButton } from '../../components/ExportButton'
import { NoticeEditModal } from './NoticeEditModal'
import { NoticeFiles } from './NoticeFiles'
import { NoticeStateTag } from './NoticeStateTag'
import { ProblemsTable } from './ProblemsTable'
import { ReplyModal } from './ReplyModal'

/** One 整改通知: what was found, the squad's reply with its files, and the lead's verdicts. */
export function NoticePage({ noticeId }: { noticeId: number }) {
  const { t } = useTranslation()
  const { lead } = useRights()
  const { message, modal, fail } = useFeedback()
  const notice = useQuery('rectification.get', { id: noticeId })
  const [dialog, setDialog] = useState<'reply' | 'edit' | null>(null)
  if (notice.error) return <ErrorResult error={notice.error} onRetry={notice.reload} />
  const n = notice.data
  if (!n) return <CenteredSpin />
  const closeDialog = (saved?: typeof n) => {
    if (saved) notice.setData(saved)
    setDialog(null)
  }
  const remove = () =>
    modal.confirm({
      title: t('rectification.remove'),
      content: t('rectification.removeConfirm', { squad: n.squadName }),
      okButtonProps: { danger: true, 'data-testid': 'notice-remove-ok' } as ButtonProps,
      onOk: async () => {
        try {
          await api.call('rectification.remove', { id: n.id })
          void message.success(t('rectification.removed'))
          navigate('/rectification')
        } catch (err) {
          fail(err)
        }
      },
    })

  const actions = (
    <>
      <ExportButton label={t('rectification.exportNotice')} write={() => api.call('rectification.exportNotice', { id: n.id })} testId="notice-export" />
      {lead && (
        <>
      <Button onClick={() => setDialog('edit')} data-testid="notice-edit">
        {t('rectification.edit')}
      </Button>
      <Button type="primary" onClick={() => setDialog('reply')} data-testid="notice-reply">
        {t('rectification.recordReply')}
      </Button>
          {n.repliedOn === null && (
            <Button danger onClick={remove} data-testid="notice-remove">
              {t('rectification.remove')}
            </Button>
          )}
        </>
      )}
    </>
  )

  return (
    <div className="page" data-testid="notice-page">
      <PageHeader
        title={`${n.squadName} · ${t('rectification.notice')}`}
        trail={[{ label: t('rectification.title'), to: '/rectification' }]}
        tags={<NoticeStateTag notice={n} />}
        extra={actions}
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label={t('rectification.docNumber')}>{n.docNumber || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('rectification.campaign')}>
              <a href={href(`/campaigns/${n.campaignId}`)}>{n.campaignName}</a>
            </Descriptions.Item>
            <Descriptions.Item label={t('rectification.responsible')}>{n.responsible || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('rectification.issuedOn')}>{formatLongDate(n.issuedOn)}</Descriptions.Item>
            <Descriptions.Item label={t('rectification.deadline')}>
              <Typography.Text type={n.overdue ? 'danger' : undefined} data-testid="notice-deadline">
                {formatLongDate(n.deadlineOn)}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('rectification.repliedOn')}>
              <span data-testid="notice-replied">{n.repliedOn ? formatLongDate(n.repliedOn) : t('rectification.notReplied')}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('rectification.requirement')} span="filled">
              {n.requirement || '—'}
            </Descriptions.Item>
            {n.replyNote && (
              <Descriptions.Item label={t('rectification.replyNote')} span="filled">
                {n.replyNote}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Text type="secondary">{t('rectification.issuedBy', { name: n.issuedBy })}</Typography.Text>
        </Card>
        <Card size="small" title={`${t('rectification.problems')} · ${t('rectification.progress', { rectified: n.rectified, problems: n.problems })}`} styles={{ body: { padding: 0 } }}>
          <ProblemsTable notice={n} lead={lead} onChanged={notice.setData} />
        </Card>
        <NoticeFiles notice={n} lead={lead} onChanged={notice.setData} />
      </Flex>
      {dialog === 'reply' && <ReplyModal notice={n} open onClose={closeDialog} />}
      {dialog === 'edit' && <NoticeEditModal notice={n} open onClose={closeDialog} />}
    </div>
  )
}
