import { useState } from 'react'
import { Alert, Button, Card, Flex, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { api, toApiError, useQuery } from '../../../api'
import { CenteredSpin } from '../../../components/CenteredSpin'
import { ErrorResult } from '../../../components/ErrorResult'
import { useFeedback } from '../../../components/useFeedback'
import type { BaselineEntry } from '../../../../../shared/domain/discretion/baseline'
import { BaselineTable } from './BaselineTable'
import { EntryDrawer } from './EntryDrawer'
import { ExportButtons } from './ExportButtons'
import { ImportTableButton } from './ImportTableButton'

/** 裁量基准: the table the discretion check uses, with a loud banner while it is still the example. */
export function DiscretionTab() {
  const { t, i18n } = useTranslation()
  const { message } = useFeedback()
  const baseline = useQuery('settings.discretion', {})
  // null: closed; -1: a new violation; otherwise the entry's index.
  const [editing, setEditing] = useState<number | null>(null)

  if (baseline.error && !baseline.data) return <ErrorResult error={baseline.error} onRetry={baseline.reload} />
  const table = baseline.data
  if (!table) return <CenteredSpin />
  const tierCount = table.entries.reduce((n, e) => n + e.tiers.length, 0)

  async function save(entries: BaselineEntry[]): Promise<string | null> {
    try {
      baseline.setData(await api.call('settings.setDiscretion', { table: { ...table!, entries } }))
      void message.success(t('settings.discretion.saved'))
      return null
    } catch (err) {
      return toApiError(err).message
    }
  }

  async function saveEntry(entry: BaselineEntry) {
    const entries = editing === -1 ? [...table!.entries, entry] : table!.entries.map((e, i) => (i === editing ? entry : e))
    const refusal = await save(entries)
    if (refusal === null) setEditing(null)
    return refusal
  }

  async function remove(index: number) {
    const refusal = await save(table!.entries.filter((_, i) => i !== index))
    if (refusal) void message.error({ content: refusal, duration: 8 })
  }

  return (
    <div data-testid="discretion-tab">
      {table.example && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('settings.discretion.exampleBanner')}
          description={`${i18n.language === 'en' ? table.note.en : table.note.zh} ${t('settings.discretion.exampleHint')}`}
          data-testid="discretion-example-banner"
        />
      )}
      <Card
        size="small"
        title={<span data-testid="discretion-title">{table.title}</span>}
        extra={
          <Flex gap={8} wrap>
            <ImportTableButton
              method="settings.importDiscretion"
              label={t('settings.discretion.import')}
              testId="discretion-import"
              onImported={(result) => {
                baseline.setData(result.table)
                void message.success(t('settings.discretion.imported', { rows: result.rows, title: result.table.title }))
              }}
            />
            <ExportButtons />
            <Button icon={<PlusOutlined />} onClick={() => setEditing(-1)} data-testid="discretion-add">
              {t('settings.discretion.add')}
            </Button>
          </Flex>
        }
      >
        <Typography.Paragraph type="secondary">
          <Typography.Text strong>
            {t('settings.discretion.summary', { entries: table.entries.length, tiers: tierCount })}
            {/* The example's stored source is in Chinese only: its words come from the UI language. */}
            {table.example
              ? ` · ${t('settings.discretion.source', { source: t('settings.discretion.exampleSource') })}`
              : table.source
                ? ` · ${t('settings.discretion.source', { source: table.source })}`
                : ''}
          </Typography.Text>
          <br />
          {t('settings.discretion.hint')}
        </Typography.Paragraph>
        <BaselineTable entries={table.entries} onEdit={setEditing} onDelete={remove} />
      </Card>
      <EntryDrawer
        open={editing !== null}
        entry={editing !== null && editing >= 0 ? (table.entries[editing] ?? null) : null}
        onClose={() => setEditing(null)}
        onSave={saveEntry}
      />
    </div>
  )
}
