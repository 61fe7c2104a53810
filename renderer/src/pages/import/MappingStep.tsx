import { Alert, Button, Flex, Select, Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ImportOpened } from '../../../../shared/contract/imports'
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../../../shared/domain/imports/fields'
import { columnLetter, fieldLabel } from './labels'

interface MappingStepProps {
  opened: ImportOpened
  mapping: ColumnMapping
  onChange: (mapping: ColumnMapping) => void
  onNext: () => void
}

/** Step 2: the file's header on one side, our fields on the other. */
export function MappingStep({ opened, mapping, onChange, onNext }: MappingStepProps) {
  const { t } = useTranslation()
  const fields = IMPORT_FIELDS[opened.target]
  const missing = fields.find((f) => f.required && (mapping[f.key] === null || mapping[f.key] === undefined))
  const options = [{ value: -1, label: t('registerImport.mapping.none') }, ...opened.headers.map((h, i) => ({ value: i, label: `${columnLetter(i)} · ${h || '—'}` }))]
  const sample = (col: number | null | undefined) =>
    col === null || col === undefined
      ? ''
      : opened.sample
          .map((r) => r[col])
          .filter(Boolean)
          .slice(0, 2)
          .join(' / ')

  return (
    <Flex vertical gap={12} data-testid="import-mapping-step">
      <Typography.Text data-testid="import-file-summary">
        {t('registerImport.mapping.summary', {
          fileName: opened.fileName,
          encoding: t(`registerImport.encoding.${opened.encoding}`),
          headerRow: opened.headerRow,
          rows: opened.rowCount,
        })}
      </Typography.Text>
      <Alert type="info" showIcon title={t(opened.remembered ? 'registerImport.mapping.remembered' : 'registerImport.mapping.guessed')} />
      <Table<ImportField>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={fields}
        columns={[
          {
            title: t('registerImport.mapping.field'),
            width: 180,
            render: (_, f) => (
              <span data-testid="import-field-label">
                {f.required && <Typography.Text type="danger">* </Typography.Text>}
                {fieldLabel(opened.target, f.key)}
              </span>
            ),
          },
          {
            title: t('registerImport.mapping.column'),
            width: 260,
            render: (_, f) => (
              <Select
                style={{ width: '100%' }}
                showSearch={{ optionFilterProp: 'label' }}
                data-testid={`import-map-${f.key}`}
                value={mapping[f.key] ?? -1}
                options={options}
                status={f.required && (mapping[f.key] ?? null) === null ? 'error' : undefined}
                onChange={(v: number) => onChange({ ...mapping, [f.key]: v < 0 ? null : v })}
              />
            ),
          },
          { title: t('registerImport.mapping.sample'), ellipsis: true, render: (_, f) => <Typography.Text type="secondary">{sample(mapping[f.key])}</Typography.Text> },
        ]}
      />
      <Flex justify="flex-end" gap={12} align="center">
        {missing && <Typography.Text type="danger">{t('registerImport.mapping.missingRequired', { field: fieldLabel(opened.target, missing.key) })}</Typography.Text>}
        <Button type="primary" disabled={!!missing} onClick={onNext} data-testid="import-mapping-next">
          {t('registerImport.mapping.next')}
        </Button>
      </Flex>
    </Flex>
  )
}
