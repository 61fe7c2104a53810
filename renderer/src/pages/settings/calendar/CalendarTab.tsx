import { useEffect, useMemo, useState } from 'react'
import { Alert, Button, Card, Flex, Tooltip, Typography } from 'antd'
import { PlusOutlined, SaveOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { api, useQuery } from '../../../api'
import { CenteredSpin } from '../../../components/CenteredSpin'
import { ErrorResult } from '../../../components/ErrorResult'
import { useFeedback } from '../../../components/useFeedback'
import { ImportTableButton } from '../discretion/ImportTableButton'
import { CoveredYears } from './CoveredYears'
import { OverridesTable } from './OverridesTable'
import { blankRow, draftProblems, sameList, toDraft, type DraftRow } from './draft'

/** 工作日历: the years the national schedule covers, and the lead's local holidays and working days. */
export function CalendarTab() {
  const { t } = useTranslation()
  const { message, fail } = useFeedback()
  const status = useQuery('calendar.status', {})
  const [rows, setRows] = useState<DraftRow[]>([])
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    if (status.data) setRows(status.data.overrides.map(toDraft))
  }, [status.data])

  const problems = useMemo(() => draftProblems(rows), [rows])
  const dirty = status.data !== undefined && !sameList(rows, status.data.overrides)
  const blocked = problems.missing.length > 0 || problems.duplicates.length > 0

  if (status.error && !status.data) return <ErrorResult error={status.error} onRetry={status.reload} />
  if (!status.data) return <CenteredSpin />

  async function save() {
    setSaving(true)
    try {
      const overrides = rows.map((r) => ({ date: r.date!, kind: r.kind, note: r.note.trim() }))
      status.setData(await api.call('calendar.setOverrides', { overrides }))
      void message.success(t('settings.calendar.saved', { count: overrides.length }))
    } catch (err) {
      fail(err)
    } finally {
      setSaving(false)
    }
  }

  const change = (key: number, patch: Partial<DraftRow>) => setRows((list) => list.map((r) => (r.key === key ? { ...r, ...patch } : r)))
  const importButton = (
    <ImportTableButton
      method="calendar.importOverrides"
      label={t('settings.calendar.import')}
      testId="calendar-import"
      disabled={dirty}
      onImported={(result) => {
        status.setData(result.status)
        void message.success(t('settings.calendar.imported', { added: result.added, updated: result.updated }))
      }}
    />
  )

  return (
    <div data-testid="calendar-tab">
      <CoveredYears years={status.data.coveredYears} />
      <Card
        size="small"
        title={t('settings.calendar.overridesTitle')}
        extra={
          <Flex gap={8}>
            {dirty ? <Tooltip title={t('settings.calendar.importBlocked')}>{importButton}</Tooltip> : importButton}
            <Button icon={<PlusOutlined />} onClick={() => setRows((list) => [...list, blankRow()])} data-testid="calendar-add">
              {t('settings.calendar.add')}
            </Button>
          </Flex>
        }
      >
        <Typography.Paragraph type="secondary">{t('settings.calendar.overridesHint')}</Typography.Paragraph>
        <OverridesTable rows={rows} duplicates={problems.duplicates} onChange={change} onRemove={(key) => setRows((list) => list.filter((r) => r.key !== key))} />
        {problems.duplicates.length > 0 && (
          <Alert type="error" showIcon style={{ marginTop: 12 }} title={t('settings.calendar.duplicateDate', { dates: problems.duplicates.join(t('common.listSeparator')) })} />
        )}
        <Flex gap={8} justify="flex-end" style={{ marginTop: 12 }}>
          {dirty && <Typography.Text type="warning" style={{ alignSelf: 'center' }}>{t('settings.calendar.unsaved')}</Typography.Text>}
          <Button disabled={!dirty} onClick={() => setRows(status.data!.overrides.map(toDraft))} data-testid="calendar-discard">
            {t('settings.calendar.discard')}
          </Button>
          <Button type="primary" icon={<SaveOutlined />} disabled={!dirty || blocked} loading={saving} onClick={save} data-testid="calendar-save">
            {t('settings.calendar.save')}
          </Button>
        </Flex>
      </Card>
    </div>
  )
}
