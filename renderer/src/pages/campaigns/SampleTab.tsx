import { Button, Flex, Select, Table, Tag, Tooltip, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CampaignCase } from '../../../../shared/contract/campaigns'
import { api, useQuery, type MethodOutput } from '../../api'
import { href } from '../../router/hash'
import { ReasonModal } from './ReasonModal'
import { useCampaignAction } from './useCampaignAction'

type Campaign = MethodOutput<'campaigns.get'>
const ORIGIN_COLORS = { sample: 'default', always: 'gold', manual: 'purple' } as const

/** 样本案件: each case with how it came in and the rubric it is scored against; hand changes with a reason. */
export function SampleTab({ campaign, reload }: { campaign: Campaign; reload: () => void }) {
  const { t } = useTranslation()
  const { busy, run } = useCampaignAction(reload)
  const rubrics = useQuery('rubrics.list', {})
  const [removing, setRemoving] = useState<CampaignCase | null>(null)
  const [adding, setAdding] = useState(false)
  const [search, setSearch] = useState('')
  const [picked, setPicked] = useState<number | null>(null)
  const found = useQuery('cases.list', adding ? { search: search || undefined, pageSize: 20 } : null)
  const campaignId = campaign.id
  const draft = campaign.status === 'draft'
  const open = campaign.status !== 'closed'
  const rubricName = new Map((rubrics.data ?? []).map((r) => [r.id, `${r.name}（v${r.version}）`]))
  const latest = (rubrics.data ?? []).filter((r, i, all) => r.target === 'case' && all.findIndex((x) => x.code === r.code) === i)
  const inSample = new Set(campaign.cases.map((c) => c.case.id))

  const columns: ColumnsType<CampaignCase> = [
    { title: t('caseField.caseNumber'), width: 220, render: (_, r) => <a href={href(`/cases/${r.case.id}`)}>{r.case.caseNumber}</a> },
    { title: t('caseField.party'), ellipsis: true, render: (_, r) => r.case.party },
    { title: t('caseField.squad'), width: 130, render: (_, r) => r.case.squadName },
    { title: t('caseField.procedure'), width: 100, render: (_, r) => (r.case.caseType === 'compulsion' ? t('enums.caseType.compulsion') : t(`enums.procedure.${r.case.procedure}`)) },
    { title: t('campaignSetup.pages'), width: 64, align: 'right', dataIndex: 'pages' },
    {
      title: t('campaignSetup.originLabel'),
      width: 110,
      render: (_, r) => (
        <Tooltip title={r.note || undefined}>
          <Tag color={ORIGIN_COLORS[r.origin]}>{t(`campaignSetup.origin.${r.origin}`)}</Tag>
        </Tooltip>
      ),
    },
    {
      title: t('campaignSetup.rubric'),
      width: 300,
      render: (_, r) =>
        draft ? (
          <Select
            size="small"
            style={{ width: '100%' }}
            popupMatchSelectWidth={false}
            value={r.rubricId}
            options={latest.map((x) => ({ value: x.id, label: rubricName.get(x.id) }))}
            onChange={(rubricId: number) => void run('rubric', () => api.call('campaigns.setCaseRubric', { campaignId, caseId: r.case.id, rubricId }), t('campaignSetup.saved'))}
            data-testid="case-rubric"
          />
        ) : (
          <Typography.Text ellipsis>{rubricName.get(r.rubricId) ?? r.rubricId}</Typography.Text>
        ),
    },
    {
      title: t('common.actions'),
      width: 80,
      render: (_, r) =>
        open && !r.submitted ? (
          <Button size="small" type="link" danger onClick={() => setRemoving(r)} data-testid="remove-case">
            {t('campaignSetup.removeCase')}
          </Button>
        ) : null,
    },
  ]

  return (
    <>
      {open && (
        <Flex justify="flex-end" style={{ padding: 8 }}>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-case">
            {t('campaignSetup.addCase')}
          </Button>
        </Flex>
      )}
      <Table
        rowKey={(r) => r.case.id}
        size="small"
        columns={columns}
        dataSource={campaign.cases}
        pagination={campaign.cases.length > 100 ? { pageSize: 100 } : false}
        onRow={(r) => ({ 'data-testid': 'sample-row', 'data-case-number': r.case.caseNumber, 'data-origin': r.origin }) as never}
      />
      <ReasonModal
        open={removing !== null}
        title={t('campaignSetup.removeCaseTitle', { caseNumber: removing?.case.caseNumber ?? '' })}
        testId="remove-case"
        onClose={() => setRemoving(null)}
        onOk={(reason) =>
          run('remove', () => api.call('campaigns.removeCase', { campaignId, caseId: removing!.case.id, reason }), t('campaignSetup.removed', { caseNumber: removing!.case.caseNumber }))
        }
      />
      <ReasonModal
        open={adding}
        title={t('campaignSetup.addCaseTitle')}
        testId="add-case"
        onClose={() => {
          setAdding(false)
          setPicked(null)
        }}
        onOk={async (reason) => {
          if (picked === null) return false
          const number = found.data?.items.find((c) => c.id === picked)?.caseNumber ?? ''
          const ok = await run('add', () => api.call('campaigns.addCase', { campaignId, caseId: picked, reason }), t('campaignSetup.added', { caseNumber: number }))
          if (ok) setPicked(null)
          return ok
        }}
      >
        <Select
          showSearch
          filterOption={false}
          style={{ width: '100%', marginBottom: 12 }}
          placeholder={t('campaignSetup.searchCase')}
          value={picked}
          onSearch={setSearch}
          onChange={setPicked}
          loading={found.loading || busy === 'add'}
          options={(found.data?.items ?? []).filter((c) => !inSample.has(c.id)).map((c) => ({ value: c.id, label: `${c.caseNumber}　${c.party}` }))}
          data-testid="add-case-search"
        />
      </ReasonModal>
    </>
  )
}
