import { Button, Popconfirm, Space, Table, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { BaselineEntry, TierBand } from '../../../../../shared/domain/discretion/baseline'
import { TIER_COLOR, yuanRange } from './format'

interface BaselineTableProps {
  entries: BaselineEntry[]
  onEdit: (index: number) => void
  onDelete: (index: number) => void
}

/** One line per violation, by name (its code is the lead's to edit in the drawer); its tiers open beneath it. */
export function BaselineTable({ entries, onEdit, onDelete }: BaselineTableProps) {
  const { t } = useTranslation()
  const money = (minFen: number, maxFen: number) => t('settings.discretion.range', { range: yuanRange(minFen, maxFen) })

  const tierColumns = [
    {
      title: t('settings.discretion.tier'),
      width: 110,
      render: (_: unknown, b: TierBand) => <Tag color={TIER_COLOR[b.tier]}>{t(`enums.discretionTier.${b.tier}`)}</Tag>,
    },
    {
      title: t('settings.discretion.party'),
      width: 100,
      render: (_: unknown, b: TierBand) => (b.partyType ? t(`enums.partyType.${b.partyType}`) : t('settings.discretion.bothParties')),
    },
    { title: t('settings.discretion.fineRange'), width: 150, render: (_: unknown, b: TierBand) => money(b.minFen, b.maxFen) },
    { title: t('settings.discretion.conditions'), dataIndex: 'conditions' },
  ]

  return (
    <Table<BaselineEntry & { index: number }>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={entries.map((e, index) => ({ ...e, index }))}
      onRow={(e) => ({ 'data-testid': 'discretion-row', 'data-code': e.code }) as React.HTMLAttributes<HTMLElement>}
      expandable={{
        expandedRowRender: (e) => (
          <Table<TierBand> rowKey={(b) => `${b.tier}/${b.partyType ?? '*'}`} size="small" pagination={false} dataSource={e.tiers} columns={tierColumns} data-testid="discretion-tiers" />
        ),
      }}
      columns={[
        {
          title: t('settings.discretion.violation'),
          render: (_, e) => (
            <>
              <div>{e.violation}</div>
              {e.aliases.length > 0 && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('settings.discretion.aliasesShown', { names: e.aliases.join(t('common.listSeparator')) })}
                </Typography.Text>
              )}
            </>
          ),
        },
        { title: t('settings.discretion.legalBasis'), dataIndex: 'legalBasis', width: 300 },
        {
          title: t('settings.discretion.legalRange'),
          width: 190,
          render: (_, e) => (
            <>
              <div>{money(e.legalRangeFen.minFen, e.legalRangeFen.maxFen)}</div>
              {Object.entries(e.legalRangeFenByParty ?? {}).map(([party, r]) => (
                <Typography.Text key={party} type="secondary" style={{ fontSize: 12, display: 'block' }}>
                  {t('settings.discretion.byParty', { party: t(`enums.partyType.${party as 'individual'}`), range: money(r.minFen, r.maxFen) })}
                </Typography.Text>
              ))}
            </>
          ),
        },
        {
          title: t('settings.discretion.tiers'),
          width: 200,
          render: (_, e) => (
            <Space size={2} wrap>
              {e.tiers.map((b) => (
                <Tag key={`${b.tier}/${b.partyType ?? '*'}`} color={TIER_COLOR[b.tier]}>
                  {t(`enums.discretionTier.${b.tier}`)}
                </Tag>
              ))}
            </Space>
          ),
        },
        {
          title: t('common.actions'),
          width: 110,
          render: (_, e) => (
            <Space size={4}>
              <Button type="link" size="small" onClick={() => onEdit(e.index)} data-testid="discretion-edit">
                {t('common.edit')}
              </Button>
              <Popconfirm title={t('settings.discretion.deleteConfirm', { violation: e.violation })} onConfirm={() => onDelete(e.index)}>
                <Button type="link" size="small" danger disabled={entries.length === 1}>
                  {t('common.delete')}
                </Button>
              </Popconfirm>
            </Space>
          ),
        },
      ]}
    />
  )
}
