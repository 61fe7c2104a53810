import { useState } from 'react'
import { Button, Flex, Select, Table, Tag } from 'antd'
import { TeamOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { api, useQuery, type MethodOutput } from '../../api'
import { href } from '../../router/hash'
import { formatPoints } from '../../format/points'
import { useCampaignAction } from './useCampaignAction'

type Campaign = MethodOutput<'campaigns.get'>
type ObjectRow = MethodOutput<'campaigns.objects'>[number]

/** A campaign on A/V records or complaints: its objects, who reviews each, and (while a draft) the assignment. */
export function ObjectsTab({ campaign, reload }: { campaign: Campaign; reload: () => void }) {
  const { t } = useTranslation()
  const objects = useQuery('campaigns.objects', { campaignId: campaign.id })
  const options = useQuery('campaigns.reviewerOptions', {})
  const { busy, run } = useCampaignAction(() => {
    objects.reload()
    reload()
  })
  const [reviewerIds, setReviewerIds] = useState<number[]>([])
  const draft = campaign.status === 'draft'
  return (
    <Flex vertical gap={12} style={{ padding: 12 }}>
      {draft && (
        <Flex gap={8} wrap>
          <Select
            mode="multiple"
            style={{ minWidth: 360 }}
            placeholder={t('campaignSetup.objects.reviewers')}
            value={reviewerIds}
            onChange={setReviewerIds}
            options={(options.data ?? []).map((r) => ({ value: r.id, label: `${r.name}（${r.squadName ?? t('campaignSetup.noSquad')}）` }))}
            data-testid="objects-reviewers"
          />
          <Button icon={<TeamOutlined />} type="primary" disabled={!reviewerIds.length} loading={busy === 'assign'} onClick={() => void run('assign', () => api.call('campaigns.assign', { campaignId: campaign.id, reviewerIds }))} data-testid="objects-assign">
            {t('campaignSetup.objects.assign')}
          </Button>
        </Flex>
      )}
      <Table<ObjectRow>
        size="small"
        rowKey="id"
        loading={objects.loading}
        dataSource={objects.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="campaign-objects"
        columns={[
          { title: t('campaignSetup.objects.label'), dataIndex: 'label' },
          { title: t('campaignSetup.objects.squad'), dataIndex: 'squadName' },
          { title: t('campaignSetup.objects.date'), dataIndex: 'date', width: 110 },
          { title: t('campaignSetup.objects.origin'), dataIndex: 'origin', width: 110, render: (o: ObjectRow['origin'], row) => (o === 'always' ? <Tag color="red">{t(`campaignSetup.objects.mandatory.${row.kind}`)}</Tag> : t('campaignSetup.objects.sampled')) },
          {
            title: t('campaignSetup.objects.reviews'),
            render: (_, row) =>
              row.assignments.length === 0
                ? '—'
                : row.assignments.map((a) => (
                    <a key={a.assignmentId} href={href(`/review/${a.assignmentId}`)} style={{ marginRight: 12 }} data-testid="object-review-link">
                      {[a.reviewerName, t(`campaignSetup.objects.status.${a.status}`), a.total === null ? null : t('campaignSetup.objects.points', { points: formatPoints(a.total) })].filter(Boolean).join(' · ')}
                    </a>
                  )),
          },
        ]}
      />
    </Flex>
  )
}
