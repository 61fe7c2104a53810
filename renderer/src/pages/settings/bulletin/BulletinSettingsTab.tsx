import { useEffect, useState } from 'react'
import { Button, Card, Flex, Form, Input, Switch, Typography } from 'antd'
import { SaveOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { DOC_NUMBER_SERIAL, type BulletinSettings } from '../../../../../shared/contract/bulletin'
import { formatDocNumber } from '../../../../../shared/domain/bulletin/doc-number'
import { api, useQuery } from '../../../api'
import { CenteredSpin } from '../../../components/CenteredSpin'
import { ErrorResult } from '../../../components/ErrorResult'
import { useFeedback } from '../../../components/useFeedback'

/** 通报设置: who signs the bulletin, and its optional red header with the 文号 pattern. */
export function BulletinSettingsTab() {
  const { t } = useTranslation()
  const { message, fail } = useFeedback()
  const settings = useQuery('bulletin.settings', {})
  const [form] = Form.useForm<BulletinSettings>()
  const [saving, setSaving] = useState(false)
  const redHeader = Form.useWatch('redHeader', form)
  const pattern = Form.useWatch('docNumberPattern', form) ?? ''

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data)
  }, [settings.data, form])

  if (settings.error && !settings.data) return <ErrorResult error={settings.error} onRetry={settings.reload} />
  if (!settings.data) return <CenteredSpin />

  async function save() {
    let values: BulletinSettings
    try {
      values = await form.validateFields()
    } catch {
      return // antd shows the field errors
    }
    setSaving(true)
    try {
      settings.setData(await api.call('bulletin.setSettings', values))
      void message.success(t('bulletin.settings.saved'))
    } catch (err) {
      fail(err)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card size="small" data-testid="bulletin-settings">
      <Typography.Paragraph type="secondary">{t('bulletin.settings.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" style={{ maxWidth: 560 }} initialValues={settings.data}>
        <Form.Item name="issuingUnit" label={t('bulletin.settings.issuingUnit')} rules={[{ required: true, whitespace: true, message: t('bulletin.settings.issuingUnitRequired') }]}>
          <Input maxLength={60} data-testid="bulletin-settings-unit" />
        </Form.Item>
        <Form.Item name="redHeader" label={t('bulletin.settings.redHeader')} valuePropName="checked" extra={t('bulletin.settings.redHeaderHint')}>
          <Switch data-testid="bulletin-settings-red-header" />
        </Form.Item>
        <Form.Item
          name="issuingBody"
          label={t('bulletin.settings.issuingBody')}
          rules={[{ required: !!redHeader, whitespace: true, message: t('bulletin.settings.issuingBodyRequired') }]}
        >
          <Input maxLength={60} placeholder={t('bulletin.settings.issuingBodyPlaceholder')} disabled={!redHeader} data-testid="bulletin-settings-body" />
        </Form.Item>
        <Form.Item
          name="docNumberPattern"
          label={t('bulletin.settings.docNumberPattern')}
          extra={
            <>
              <div>{t('bulletin.settings.docNumberHint')}</div>
              {pattern && <div data-testid="bulletin-settings-preview">{t('bulletin.settings.preview', { docNumber: formatDocNumber(pattern, new Date().getFullYear(), 3) })}</div>}
            </>
          }
          rules={[{ validator: async (_, v: string) => (redHeader && !String(v ?? '').includes(DOC_NUMBER_SERIAL) ? Promise.reject(new Error(t('bulletin.settings.docNumberRequired'))) : undefined) }]}
        >
          <Input maxLength={60} disabled={!redHeader} data-testid="bulletin-settings-pattern" />
        </Form.Item>
        <Flex justify="flex-end">
          <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={save} data-testid="bulletin-settings-save">
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
    </Card>
  )
}
