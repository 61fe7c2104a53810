import { Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { QuotaDashboard, QuotaFigure } from '../../../../shared/contract/quotas'
import { figureName } from './quotaText'

type Row = QuotaDashboard['squads'][number]

function Cell({ figure }: { figure: QuotaFigure | undefined }) {
  if (!figure) return <>—</>
  return (
    <Typography.Text type={figure.met ? undefined : 'danger'}>
      {figure.value}
      {figure.base === null ? '' : ` / ${figure.base}`}
      <Typography.Text type="secondary"> ({figure.target})</Typography.Text>
    </Typography.Text>
  )
}

/** Each squad's figures (done / base, target in brackets), the unmet in red. */
export function SquadTable({ dashboard }: { dashboard: QuotaDashboard }) {
  const { t } = useTranslation()
  const keys = dashboard.squads[0]?.figures.map((f) => f.key) ?? []
  return (
    <Table<Row>
      size="small"
      rowKey="squadId"
      pagination={false}
      dataSource={dashboard.squads}
      data-testid="quota-squads"
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('quotas.squad'), dataIndex: 'squadName', fixed: 'left', width: 150 },
        ...keys.map((key) => ({ key, title: figureName(key), render: (_: unknown, row: Row) => <Cell figure={row.figures.find((f) => f.key === key)} /> })),
      ]}
    />
  )
}
