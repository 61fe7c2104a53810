import { Input, InputNumber, Select, Switch, Table, Tag, Tooltip, Typography } from 'antd'
import { LockOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { RULES, type DeadlineConfig, type RuleKey } from './draft'

interface LimitsTableProps {
  config: DeadlineConfig
  defaults: DeadlineConfig
  onChange: <K extends RuleKey>(rule: K, patch: Partial<DeadlineConfig[K]>) => void
}

const CLOSING_FROM = [['executedOn', 'decidedOn'], ['decidedOn']] as const

/** Each time limit with what it measures, its length, its basis and whether it is checked. */
export function LimitsTable({ config, defaults, onChange }: LimitsTableProps) {
  const { t } = useTranslation()
  const unit = (kind: 'working' | 'calendar') => t(`settings.deadlines.unit.${kind}`)

  return (
    <Table<{ rule: RuleKey }>
      rowKey="rule"
      size="middle"
      pagination={false}
      dataSource={RULES.map((rule) => ({ rule }))}
      onRow={({ rule }) => ({ 'data-testid': 'deadline-row', 'data-rule': rule }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('settings.deadlines.rule'),
          width: 300,
          render: (_, { rule }) => (
            <>
              <Typography.Text strong>{t(`settings.deadlines.rules.${rule}`)}</Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`settings.deadlines.spans.${rule}`, { days: config.seizure.maxExtensionDays })}
                </Typography.Text>
              </div>
              {rule === 'closing' && (
                <Select
                  size="small"
                  style={{ marginTop: 6, width: '100%' }}
                  value={config.closing.from.join(',')}
                  onChange={(value) => onChange('closing', { from: value.split(',') as DeadlineConfig['closing']['from'] })}
                  options={CLOSING_FROM.map((from) => ({ value: from.join(','), label: t(`settings.deadlines.closingFrom.${from.join('_') as 'decidedOn'}`) }))}
                  data-testid="deadline-closing-from"
                />
              )}
            </>
          ),
        },
        {
          title: t('settings.deadlines.days'),
          width: 250,
          render: (_, { rule }) => {
            const limit = config[rule]
            const changed = limit.days !== defaults[rule].days || limit.kind !== defaults[rule].kind
            if (limit.basis === 'statute') {
              return (
                <Tooltip title={t('settings.deadlines.statuteLocked')}>
                  <Typography.Text>
                    <LockOutlined style={{ marginRight: 6, color: '#999' }} />
                    {limit.days} {unit(limit.kind)}
                  </Typography.Text>
                </Tooltip>
              )
            }
            return (
              <>
                <InputNumber
                  min={0}
                  max={3650}
                  precision={0}
                  value={limit.days}
                  onChange={(days) => onChange(rule, { days: days ?? 0 })}
                  style={{ width: 80 }}
                  data-testid={`deadline-days-${rule}`}
                />
                <Select
                  value={limit.kind}
                  onChange={(kind) => onChange(rule, { kind })}
                  style={{ width: 130, marginLeft: 8 }}
                  options={[
                    { value: 'working', label: unit('working') },
                    { value: 'calendar', label: unit('calendar') },
                  ]}
                  data-testid={`deadline-kind-${rule}`}
                />
                {changed && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('settings.deadlines.defaultWas', { value: `${defaults[rule].days} ${unit(defaults[rule].kind)}` })}
                    </Typography.Text>
                  </div>
                )}
              </>
            )
          },
        },
        {
          title: t('settings.deadlines.article'),
          render: (_, { rule }) => {
            const limit = config[rule]
            return (
              <>
                <Tag color={limit.basis === 'statute' ? 'blue' : 'gold'}>{t(`settings.deadlines.basis.${limit.basis}`)}</Tag>
                {limit.basis === 'statute' ? (
                  <Typography.Text>{limit.article}</Typography.Text>
                ) : (
                  <Input
                    value={limit.article}
                    maxLength={200}
                    placeholder={t('settings.deadlines.articlePlaceholder')}
                    status={limit.article.trim() ? undefined : 'error'}
                    onChange={(e) => onChange(rule, { article: e.target.value })}
                    style={{ marginTop: 6 }}
                    data-testid={`deadline-article-${rule}`}
                  />
                )}
              </>
            )
          },
        },
        {
          title: t('settings.deadlines.enabled'),
          width: 90,
          render: (_, { rule }) => (
            <Switch checked={config[rule].enabled} onChange={(enabled) => onChange(rule, { enabled })} data-testid={`deadline-enabled-${rule}`} />
          ),
        },
      ]}
    />
  )
}
