import { useEffect, useState } from 'react'
import { Button, Card, Flex, Typography } from 'antd'
import { SaveOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { api, useQuery } from '../../../api'
import { CenteredSpin } from '../../../components/CenteredSpin'
import { ErrorResult } from '../../../components/ErrorResult'
import { useFeedback } from '../../../components/useFeedback'
import { LimitsTable } from './LimitsTable'
import { sameConfig, toInput, type DeadlineConfig, type RuleKey } from './draft'

/** 期限设置: the limits the automatic deadline checks count with, each beside its basis. */
export function DeadlinesTab() {
  const { t } = useTranslation()
  const { message, fail } = useFeedback()
  const settings = useQuery('settings.deadlines', {})
  const [draft, setDraft] = useState<DeadlineConfig | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    if (settings.data) setDraft(settings.data.config)
  }, [settings.data])

  if (settings.error && !settings.data) return <ErrorResult error={settings.error} onRetry={settings.reload} />
  if (!settings.data || !draft) return <CenteredSpin />
  const { config, defaults } = settings.data
  const dirty = !sameConfig(draft, config)
  const invalid = Object.values(draft).some((limit) => !limit.article.trim())

  const change = <K extends RuleKey>(rule: K, patch: Partial<DeadlineConfig[K]>) => setDraft((d) => d && { ...d, [rule]: { ...d[rule], ...patch } })

  async function save() {
    setSaving(true)
    try {
      settings.setData(await api.call('settings.setDeadlines', { config: toInput(draft!) }))
      void message.success(t('settings.deadlines.saved'))
    } catch (err) {
      fail(err)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card size="small" data-testid="deadlines-tab">
      <Typography.Paragraph type="secondary">{t('settings.deadlines.intro')}</Typography.Paragraph>
      <LimitsTable config={draft} defaults={defaults} onChange={change} />
      <Flex gap={8} justify="flex-end" style={{ marginTop: 12 }}>
        {dirty && <Typography.Text type="warning" style={{ alignSelf: 'center' }}>{t('settings.deadlines.unsaved')}</Typography.Text>}
        <Button disabled={sameConfig(draft, defaults)} onClick={() => setDraft(defaults)} data-testid="deadlines-reset">
          {t('settings.deadlines.reset')}
        </Button>
        <Button disabled={!dirty} onClick={() => setDraft(config)}>
          {t('settings.deadlines.discard')}
        </Button>
        <Button type="primary" icon={<SaveOutlined />} disabled={!dirty || invalid} loading={saving} onClick={save} data-testid="deadlines-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Card>
  )
}
