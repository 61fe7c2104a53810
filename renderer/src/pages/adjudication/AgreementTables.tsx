import { Empty, Table, Tooltip, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AgreementView } from '../../../../shared/contract/adjudication'
import { formatPoints } from '../../format/points'
import { formatKappa, formatPercent } from './format'

type Pair = AgreementView['pairs'][number]
type Item = AgreementView['items'][number]

function KappaCell({ kappa }: { kappa: number | null }) {
  const { t } = useTranslation()
  if (kappa !== null) return <>{formatKappa(kappa)}</>
  return (
    <Tooltip title={t('adjudication.kappaUndefined')}>
      <span>—</span>
    </Tooltip>
  )
}

/** Agreement of the blind reviews: per reviewer pair, then per rubric item. */
export function AgreementTables({ view }: { view: AgreementView }) {
  const { t, i18n } = useTranslation()
  if (view.pairs.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('adjudication.noAgreement')} />
  return (
    <div data-testid="agreement-tables">
      <Typography.Title level={5}>{t('adjudication.agreementPairs')}</Typography.Title>
      <Table<Pair>
        data-testid="agreement-pairs"
        rowKey={(p) => p.reviewerIds.join('-')}
        size="small"
        pagination={false}
        dataSource={view.pairs}
        columns={[
          { title: t('adjudication.pair'), render: (_, p) => p.reviewerNames.join(' × ') },
          { title: t('adjudication.cases'), dataIndex: 'cases', width: 90, align: 'right' },
          { title: t('adjudication.kappa'), width: 190, align: 'right', render: (_, p) => <KappaCell kappa={p.kappa} /> },
          { title: t('adjudication.percentAgreement'), width: 110, align: 'right', render: (_, p) => formatPercent(p.agreement) },
          { title: t('adjudication.meanAbsTotal'), width: 170, align: 'right', render: (_, p) => formatPoints(p.meanAbsTotalDifference) },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('adjudication.agreementItems')}
      </Typography.Title>
      <Table<Item>
        data-testid="agreement-items"
        rowKey="itemId"
        size="small"
        pagination={false}
        scroll={{ y: 360 }}
        dataSource={view.items}
        columns={[
          { title: t('adjudication.item'), ellipsis: true, render: (_, i) => `${i.itemId} ${i18n.language === 'en' ? i.titleEn : i.title}` },
          { title: t('adjudication.cases'), dataIndex: 'cases', width: 90, align: 'right' },
          { title: t('adjudication.kappa'), width: 190, align: 'right', render: (_, i) => <KappaCell kappa={i.kappa} /> },
          { title: t('adjudication.percentAgreement'), width: 110, align: 'right', render: (_, i) => formatPercent(i.agreement) },
          { title: t('adjudication.meanAbsPoints'), width: 170, align: 'right', render: (_, i) => formatPoints(i.meanAbsPointsDifference) },
        ]}
      />
    </div>
  )
}
