import { useState } from 'react'
import { Alert, Button, Card, Checkbox, Col, Flex, Row, Select, Spin, Statistic, Switch, Table, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { ENFORCEMENT_DOMAINS } from '../../../../shared/contract/cases'
import { MAX_LISTED, type ImportOpened, type ImportPreview, type ImportProblem } from '../../../../shared/contract/imports'
import { IMPORT_FIELDS, type ColumnMapping } from '../../../../shared/domain/imports/fields'
import { ENUM_LABELS } from '../../../../shared/i18n/enum-labels'
import i18n from 'i18next'
import { fieldLabel } from './labels'

export interface ImportChoices {
  createMissing: boolean
  defaultDomain: (typeof ENFORCEMENT_DOMAINS)[number] | null
}

interface PreviewStepProps {
  opened: ImportOpened
  mapping: ColumnMapping
  preview: ImportPreview | null
  loading: boolean
  choices: ImportChoices
  onChoices: (choices: ImportChoices) => void
  onBack: () => void
  onStart: () => void
}

const ACTION_COLORS = { create: 'green', update: 'blue', unchanged: 'default', invalid: 'red' } as const
// Cases show these first; other mapped fields follow.
const CASE_PREVIEW_FIELDS = ['caseNumber', 'party', 'squad', 'officers', 'violation', 'domain', 'procedure', 'filedOn', 'decidedOn', 'closedOn', 'penalty']

/** Step 3: every problem by row and column, the counts, and the first rows as they will be stored. */
export function PreviewStep({ opened, mapping, preview, loading, choices, onChoices, onBack, onStart }: PreviewStepProps) {
  const { t } = useTranslation()
  const [onlyErrors, setOnlyErrors] = useState(false)
  if (!preview) return <Spin tip={t('registerImport.preview.checking')} data-testid="import-preview-loading" />
  const target = opened.target
  const { counts, missing } = preview
  const problems = onlyErrors ? preview.problems.filter((p) => p.severity === 'error') : preview.problems
  const mapped = IMPORT_FIELDS[target].map((f) => f.key).filter((k) => mapping[k] !== null && mapping[k] !== undefined)
  const shown = target === 'cases' ? [...CASE_PREVIEW_FIELDS, ...mapped.filter((k) => !CASE_PREVIEW_FIELDS.includes(k))] : IMPORT_FIELDS[target].map((f) => f.key)
  const domains = ENUM_LABELS[i18n.language === 'en' ? 'en' : 'zh-CN'].domain
  const hasMissing = missing.squads.length + missing.officers.length > 0

  return (
    <Spin spinning={loading}>
      <Flex vertical gap={16} data-testid="import-preview-step">
        <Row gutter={12}>
          {(['rows', 'created', 'updated', 'unchanged', 'invalid', 'warnings'] as const).map((k) => (
            <Col span={4} key={k}>
              <Card size="small">
                <Statistic title={t(`registerImport.preview.${k}`)} value={counts[k]} valueStyle={k === 'invalid' && counts.invalid ? { color: '#cf1322' } : undefined} data-testid={`import-count-${k}`} />
              </Card>
            </Col>
          ))}
        </Row>

        {(hasMissing || choices.createMissing) && (
          <Alert
            type={choices.createMissing ? 'info' : 'warning'}
            showIcon
            data-testid="import-missing"
            title={t('registerImport.preview.missingTitle', {
              what: [
                missing.squads.length ? t('registerImport.preview.missingSquads', { count: missing.squads.length }) : '',
                missing.officers.length ? t('registerImport.preview.missingOfficers', { count: missing.officers.length }) : '',
              ]
                .filter(Boolean)
                .join(t('registerImport.preview.and')),
            })}
            description={
              <Flex vertical gap={4}>
                <Typography.Text type="secondary" ellipsis style={{ maxWidth: '100%' }}>
                  {[...missing.squads, ...missing.officers.map((o) => `${o.name}（${o.squad}）`)].slice(0, 30).join('、')}
                </Typography.Text>
                <Checkbox checked={choices.createMissing} onChange={(e) => onChoices({ ...choices, createMissing: e.target.checked })} data-testid="import-create-missing">
                  {t('registerImport.preview.createMissing')}
                </Checkbox>
              </Flex>
            }
          />
        )}
        {target === 'cases' && (
          <Flex align="center" gap={8} wrap>
            <Typography.Text>{t('registerImport.preview.defaultDomain')}</Typography.Text>
            <Select
              allowClear
              style={{ width: 220 }}
              placeholder={t('registerImport.preview.defaultDomainPlaceholder')}
              value={choices.defaultDomain ?? undefined}
              options={ENFORCEMENT_DOMAINS.map((d) => ({ value: d, label: domains[d] }))}
              onChange={(v) => onChoices({ ...choices, defaultDomain: v ?? null })}
              data-testid="import-default-domain"
            />
          </Flex>
        )}

        <Card
          size="small"
          title={
            <Flex gap={12} align="center" wrap>
              <span>{t('registerImport.preview.problemsTitle')}</span>
              <Typography.Text type={counts.errors ? 'danger' : 'secondary'} data-testid="import-problems-count">
                {t('registerImport.preview.problemsCount', { errors: counts.errors, warnings: counts.warnings })}
              </Typography.Text>
              {counts.errors + counts.warnings > MAX_LISTED && <Typography.Text type="secondary">{t('registerImport.preview.problemsMore', { shown: MAX_LISTED })}</Typography.Text>}
            </Flex>
          }
          extra={
            <Flex gap={6} align="center">
              <Switch size="small" checked={onlyErrors} onChange={setOnlyErrors} data-testid="import-only-errors" />
              {t('registerImport.preview.onlyErrors')}
            </Flex>
          }
        >
          <Table<ImportProblem>
            size="small"
            data-testid="import-problems"
            rowKey={(p) => `${p.row}-${p.field}-${p.message}`}
            dataSource={problems}
            locale={{ emptyText: t('registerImport.preview.noProblems') }}
            pagination={{ pageSize: 8, showSizeChanger: false, size: 'small' }}
            onRow={() => ({ 'data-testid': 'import-problem' }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: t('registerImport.preview.row'), dataIndex: 'row', width: 70, render: (r: number | null) => r ?? '—' },
              { title: t('registerImport.preview.column'), dataIndex: 'column', width: 150, render: (c: string | null) => c ?? '—' },
              {
                title: t('registerImport.preview.severity'),
                dataIndex: 'severity',
                width: 80,
                render: (s: ImportProblem['severity']) => <Tag color={s === 'error' ? 'red' : 'orange'}>{t(`registerImport.preview.${s}`)}</Tag>,
              },
              { title: t('registerImport.preview.message'), dataIndex: 'message' },
            ]}
          />
        </Card>

        {preview.changes.length > 0 && (
          <Card size="small" title={t('registerImport.preview.changesTitle', { count: counts.updated })}>
            <Table
              size="small"
              data-testid="import-changes"
              rowKey={(c) => `${c.row}-${c.field}`}
              pagination={{ pageSize: 6, showSizeChanger: false, size: 'small' }}
              dataSource={preview.changes.flatMap((c) => c.fields.map((f) => ({ row: c.row, key: c.key, ...f })))}
              columns={[
                { title: t('registerImport.preview.row'), dataIndex: 'row', width: 70 },
                { title: t('registerImport.preview.key'), dataIndex: 'key', width: 220, ellipsis: true },
                { title: t('registerImport.preview.fieldName'), dataIndex: 'field', width: 120, render: (f: string) => fieldLabel(target, f) },
                { title: t('registerImport.preview.before'), dataIndex: 'before', ellipsis: true },
                { title: t('registerImport.preview.after'), dataIndex: 'after', ellipsis: true },
              ]}
            />
          </Card>
        )}

        <Card size="small" title={t('registerImport.preview.rowsTitle', { count: preview.rows.length })}>
          <Table
            size="small"
            data-testid="import-preview-rows"
            rowKey="row"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={preview.rows}
            columns={[
              { title: t('registerImport.preview.row'), dataIndex: 'row', width: 60, fixed: 'left' },
              {
                title: t('registerImport.preview.action'),
                dataIndex: 'action',
                width: 80,
                fixed: 'left',
                render: (a: keyof typeof ACTION_COLORS) => <Tag color={ACTION_COLORS[a]}>{t(`registerImport.preview.actions.${a}`)}</Tag>,
              },
              ...shown.map((f) => ({
                title: fieldLabel(target, f),
                key: f,
                render: (_: unknown, r: ImportPreview['rows'][number]) => (
                  <span style={{ whiteSpace: 'nowrap', fontWeight: r.changed.includes(f) ? 600 : undefined }}>{r.values[f] ?? ''}</span>
                ),
              })),
            ]}
          />
        </Card>

        {counts.errors > 0 && <Alert type="error" showIcon title={t('registerImport.preview.blocked')} data-testid="import-blocked" />}
        <Flex justify="space-between">
          <Button onClick={onBack} data-testid="import-back">
            {t('registerImport.preview.back')}
          </Button>
          <Button type="primary" disabled={counts.errors > 0 || loading} onClick={onStart} data-testid="import-start">
            {t('registerImport.preview.start', { created: counts.created, updated: counts.updated })}
          </Button>
        </Flex>
      </Flex>
    </Spin>
  )
}
