import { Button, Card, Empty, Table, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useState } from 'react'
import type { ColumnsType } from 'antd/es/table'
import type { HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { api, useQuery } from '../../api'
import type { NoticeSummary } from '../../../../shared/contract/rectification'
import { ErrorResult } from '../../components/ErrorResult'
import { PageHeader } from '../../components/PageHeader'
import { formatDate } from '../../format/date'
import { useRights } from '../../layout/workspace'
import { href, navigate } from '../../router/hash'
import { ExportButton } from '../../components/ExportButton'
import { FollowUpModal } from './FollowUpModal'
import { IssueNoticesModal } from './IssueNoticesModal'
import { NoticeStateTag } from './NoticeStateTag'

/** 整改: every notice issued to a squad, where it stands and whether it is overdue. */
export function RectificationListPage() {
  const { t } = useTranslation()
  const { lead } = useRights()
  const list = useQuery('rectification.list', {})
  const [issuing, setIssuing] = useState(false)
  const [followingUp, setFollowingUp] = useState(false)
  if (list.error) return <ErrorResult error={list.error} onRetry={list.reload} />

  const columns: ColumnsType<NoticeSummary> = [
    {
      title: t('rectification.squad'),
      dataIndex: 'squadName',
      render: (name: string, n) => (
        <a href={href(`/rectification/${n.id}`)} onClick={(e) => e.stopPropagation()}>
          {name}
        </a>
      ),
    },
    { title: t('rectification.docNumber'), dataIndex: 'docNumber', render: (v: string) => v || '—' },
    { title: t('rectification.campaign'), dataIndex: 'campaignName' },
    { title: t('rectification.issuedOn'), dataIndex: 'issuedOn', width: 110, render: (d: string) => formatDate(d) },
    {
      title: t('rectification.deadline'),
      dataIndex: 'deadlineOn',
      width: 110,
      render: (d: string, n) => (n.overdue ? <Typography.Text type="danger">{formatDate(d)}</Typography.Text> : formatDate(d)),
    },
    { title: t('rectification.responsible'), dataIndex: 'responsible', width: 100, render: (v: string) => v || '—' },
    {
      title: t('rectification.problems'),
      width: 170,
      render: (_, n) => (
        <>
          {t('rectification.progress', { rectified: n.rectified, problems: n.problems })}
          {n.reopened > 0 && <Typography.Text type="danger">{` · ${t('rectification.repeat', { count: n.reopened })}`}</Typography.Text>}
        </>
      ),
    },
    { title: t('rectification.state'), width: 150, render: (_, n) => <NoticeStateTag notice={n} /> },
  ]

  const issueButton = (testId: string) =>
    lead && (
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)} data-testid={testId}>
        {t('rectification.issue')}
      </Button>
    )

  return (
    <div className="page">
      <PageHeader
        title={t('rectification.title')}
        extra={
          <>
            {!!list.data?.length && <ExportButton label={t('rectification.exportRegister')} write={() => api.call('rectification.exportRegister', {})} testId="register-export" />}
            {lead && !!list.data?.length && (
              <Button onClick={() => setFollowingUp(true)} data-testid="follow-up">
                {t('rectification.followUp')}
              </Button>
            )}
            {issueButton('issue-notices')}
          </>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        <Table
          rowKey="id"
          size="small"
          className="clickable-rows"
          loading={list.loading}
          columns={columns}
          dataSource={list.data ?? []}
          pagination={false}
          rowClassName={(n) => (n.overdue ? 'row-overdue' : '')}
          locale={{ emptyText: <Empty description={t('rectification.empty')} data-testid="notices-empty" /> }}
          onRow={(n) => ({ onClick: () => navigate(`/rectification/${n.id}`), 'data-testid': 'notice-row' }) as HTMLAttributes<HTMLElement>}
        />
      </Card>
      <FollowUpModal notices={list.data ?? []} open={followingUp} onClose={() => setFollowingUp(false)} />
      <IssueNoticesModal
        open={issuing}
        onClose={(issued) => {
          setIssuing(false)
          if (issued) list.reload()
        }}
      />
    </div>
  )
}
