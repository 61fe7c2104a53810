import { Button, Card, Empty, Table, Tag } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useState } from 'react'
import type { ColumnsType } from 'antd/es/table'
import type { HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { useQuery, type MethodOutput } from '../../api'
import { ErrorResult } from '../../components/ErrorResult'
import { PageHeader } from '../../components/PageHeader'
import { formatDate } from '../../format/date'
import { href, navigate } from '../../router/hash'
import { CampaignProgress } from './CampaignProgress'
import { CampaignStatusTag } from './CampaignStatusTag'
import { CreateCampaignWizard } from './CreateCampaignWizard'

type Campaign = MethodOutput<'campaigns.list'>[number]

/** 评查活动: every campaign with how far its reviews have come. */
export function CampaignListPage() {
  const { t } = useTranslation()
  const list = useQuery('campaigns.list', {})
  const [creating, setCreating] = useState(false)
  if (list.error) return <ErrorResult error={list.error} onRetry={list.reload} />

  const columns: ColumnsType<Campaign> = [
    {
      title: t('campaigns.name'),
      dataIndex: 'name',
      render: (name: string, c) => (
        <a href={href(`/campaigns/${c.id}`)} onClick={(e) => e.stopPropagation()}>
          {name}
        </a>
      ),
    },
    { title: t('campaigns.kind'), dataIndex: 'kind', width: 110, render: (k: Campaign['kind']) => <Tag>{t(`enums.campaignKind.${k}`)}</Tag> },
    { title: t('campaignSetup.statusLabel'), dataIndex: 'status', width: 100, render: (s: Campaign['status']) => <CampaignStatusTag status={s} /> },
    {
      title: t('campaigns.period'),
      width: 220,
      render: (_, c) => (c.startsOn || c.endsOn ? `${formatDate(c.startsOn)} ~ ${formatDate(c.endsOn)}` : '—'),
    },
    { title: t('campaigns.sampled'), width: 130, align: 'right', render: (_, c) => t(`campaigns.countOf.${c.target}`, { count: c.caseCount }) },
    { title: t('campaigns.progress'), width: 220, render: (_, c) => <CampaignProgress done={c.submittedCount} total={c.evaluationCount} /> },
  ]

  const createButton = (testId: string) => (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid={testId}>
      {t('campaignSetup.create')}
    </Button>
  )

  return (
    <div className="page">
      <PageHeader title={t('campaigns.title')} extra={createButton('create-campaign')} />
      <Card styles={{ body: { padding: 0 } }}>
        <Table
          rowKey="id"
          size="small"
          className="clickable-rows"
          loading={list.loading}
          columns={columns}
          dataSource={list.data ?? []}
          pagination={false}
          locale={{
            emptyText: (
              <Empty description={t('campaigns.empty')} data-testid="campaigns-empty">
                <p>{t('campaignSetup.emptyHint')}</p>
                {createButton('create-campaign-empty')}
              </Empty>
            ),
          }}
          onRow={(c) => ({ onClick: () => navigate(`/campaigns/${c.id}`), 'data-testid': 'campaign-row' }) as HTMLAttributes<HTMLElement>}
        />
      </Card>
      <CreateCampaignWizard open={creating} onClose={() => setCreating(false)} />
    </div>
  )
}
