import { Button, Descriptions, Empty, Flex, InputNumber, Modal, Table, Typography } from 'antd'
import { FileExcelOutlined, ReloadOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SamplingRecord } from '../../../../shared/contract/campaigns'
import type { ENFORCEMENT_DOMAINS } from '../../../../shared/contract/cases'
import { api, type MethodOutput } from '../../api'
import { useExport } from '../../components/useExport'
import { formatDate, formatDateTime } from '../../format/date'
import { randomSeed } from './campaignDefaults'
import { useCampaignAction } from './useCampaignAction'

type Campaign = MethodOutput<'campaigns.get'>

/** 抽样记录: population, method, seed, strata and counts, who drew it and when; exportable, and drawn again while a draft. */
export function SamplingRecordCard({ campaign, reload }: { campaign: Campaign; reload: () => void }) {
  const { t } = useTranslation()
  const { busy, run } = useExport()
  const action = useCampaignAction(reload)
  const [redrawing, setRedrawing] = useState(false)
  const [seed, setSeed] = useState<number | null>(null)
  const r = campaign.sampling
  if (!r) return <Empty description={t('campaignSetup.record.noRecord')} />

  const method = r.method === 'simple' ? t('campaignSetup.methodName.simple') : r.byDomain ? t('campaignSetup.methodName.stratifiedByDomain') : t('campaignSetup.methodName.stratified')
  const size = r.size.kind === 'rate' ? t('campaignSetup.record.rate', { percent: r.size.percent, target: r.target }) : t('campaignSetup.record.countOf', { count: r.size.count, target: r.target })
  const rules = [r.alwaysInclude.major && t('campaignSetup.alwaysMajor'), r.alwaysInclude.complaint && t('campaignSetup.alwaysComplaint')].filter(Boolean).join(t('common.listSeparator'))
  const p = r.population
  const basis = p.basis === 'closed' ? t('campaignSetup.basisClosed') : t('campaignSetup.basisDecided')

  const exportRecord = () =>
    run('export', () => api.call('campaigns.exportSampling', { campaignId: campaign.id }), (file) => void action.modal.info({ title: t('campaignSetup.recordExported', { fileName: file.fileName }) }))

  const redraw = () =>
    action.run(
      'draw',
      () =>
        api.call('campaigns.draw', {
          campaignId: campaign.id,
          sampling: { method: r.method, byDomain: r.byDomain, size: r.size, alwaysInclude: r.alwaysInclude, seed: seed ?? r.seed },
        }),
      t('campaignSetup.saved'),
    )

  return (
    <div style={{ padding: 16 }} data-testid="sampling-record">
      <Flex justify="flex-end" gap={8} style={{ marginBottom: 12 }}>
        {campaign.status === 'draft' && (
          <Button icon={<ReloadOutlined />} onClick={() => (setSeed(r.seed), setRedrawing(true))} data-testid="redraw">
            {t('campaignSetup.redraw')}
          </Button>
        )}
        <Button icon={<FileExcelOutlined />} loading={busy !== null} onClick={exportRecord} data-testid="export-sampling">
          {t('campaignSetup.exportRecord')}
        </Button>
      </Flex>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('campaignSetup.record.population')} span={2}>
          {`${basis} ${formatDate(p.from)} ~ ${formatDate(p.to)}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('campaignSetup.record.populationSize')}>{r.populationSize}</Descriptions.Item>
        <Descriptions.Item label={t('campaignSetup.record.method')}>{method}</Descriptions.Item>
        <Descriptions.Item label={t('campaignSetup.record.size')}>{size}</Descriptions.Item>
        <Descriptions.Item label={t('campaignSetup.record.sampleSize')}>
          <span data-testid="record-sample-size">{r.sampleSize}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('campaignSetup.record.seed')}>
          <Typography.Text copyable strong data-testid="record-seed">
            {r.seed}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('campaignSetup.record.alwaysIncluded')} span={2}>
          {t('campaignSetup.record.alwaysIncludedValue', { count: r.alwaysIncluded, rules: rules || t('campaignSetup.record.none') })}
        </Descriptions.Item>
        <Descriptions.Item label={t('campaignSetup.record.drawnBy')}>{r.drawnBy}</Descriptions.Item>
        <Descriptions.Item label={t('campaignSetup.record.drawnAt')} span={2}>
          {formatDateTime(r.drawnAt)}
        </Descriptions.Item>
      </Descriptions>
      <Table<SamplingRecord['strata'][number]>
        style={{ marginTop: 16 }}
        size="small"
        rowKey={(s) => `${s.squadId}-${s.domain ?? ''}`}
        pagination={false}
        dataSource={r.strata}
        columns={[
          { title: t('campaignSetup.record.stratum'), render: (_, s) => (s.domain ? `${s.squadName} · ${t(`enums.domain.${s.domain as (typeof ENFORCEMENT_DOMAINS)[number]}`)}` : s.squadName) },
          { title: t('campaignSetup.record.stratumPopulation'), dataIndex: 'population', width: 100, align: 'right' },
          { title: t('campaignSetup.record.sampled'), dataIndex: 'sampled', width: 100, align: 'right' },
          { title: t('campaignSetup.record.always'), dataIndex: 'always', width: 100, align: 'right' },
        ]}
        onRow={(s) => ({ 'data-testid': 'stratum-row', 'data-sampled': s.sampled }) as never}
      />
      <Modal
        open={redrawing}
        title={t('campaignSetup.redraw')}
        onCancel={() => setRedrawing(false)}
        onOk={async () => {
          if (await redraw()) setRedrawing(false)
        }}
        okButtonProps={{ loading: action.busy === 'draw', 'data-testid': 'redraw-ok' } as never}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('campaignSetup.redrawConfirm')}</Typography.Paragraph>
        <Flex gap={8} align="center">
          {t('campaignSetup.seed')}
          <InputNumber min={0} max={4294967295} precision={0} value={seed} onChange={setSeed} style={{ width: 180 }} data-testid="redraw-seed" />
          <Button onClick={() => setSeed(randomSeed())}>{t('campaignSetup.newSeed')}</Button>
        </Flex>
      </Modal>
    </div>
  )
}
