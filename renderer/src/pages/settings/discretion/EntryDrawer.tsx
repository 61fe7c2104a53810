import { useEffect, useState } from 'react'
import { Alert, Button, Card, Col, Drawer, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { DISCRETION_TIERS } from '../../../../../shared/contract/cases'
import type { BaselineEntry } from '../../../../../shared/domain/discretion/baseline'
import { fromForm, toForm, type EntryFormValues } from './entryForm'

interface EntryDrawerProps {
  /** The entry being edited; null adds a new one. */
  entry: BaselineEntry | null
  open: boolean
  onClose: () => void
  /** Resolves to the server's refusal, if any, so the drawer stays open to fix it. */
  onSave: (entry: BaselineEntry) => Promise<string | null>
}

const yuanInput = { min: 0, precision: 2, style: { width: '100%' } } as const

/** Edits one violation and its tiers; the whole table is checked when it is saved. */
export function EntryDrawer({ entry, open, onClose, onSave }: EntryDrawerProps) {
  const { t } = useTranslation()
  const [form] = Form.useForm<EntryFormValues>()
  const [refusal, setRefusal] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const required = [{ required: true, whitespace: true, message: t('settings.discretion.required') }]
  const requiredNumber = [{ required: true, message: t('settings.discretion.required') }]

  useEffect(() => {
    if (open) {
      form.setFieldsValue(toForm(entry))
      setRefusal(null)
    }
  }, [open, entry, form])

  async function submit(values: EntryFormValues) {
    setSaving(true)
    const problem = await onSave(fromForm(values, entry))
    setSaving(false)
    setRefusal(problem)
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={760}
      destroyOnHidden
      title={entry ? t('settings.discretion.editTitle', { violation: entry.violation }) : t('settings.discretion.addTitle')}
      extra={
        <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="discretion-entry-save">
          {t('common.save')}
        </Button>
      }
    >
      {refusal && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={refusal} data-testid="discretion-entry-error" />}
      <Form<EntryFormValues> form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="code" label={t('settings.discretion.code')} rules={required} extra={t('settings.discretion.codeHint')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="violation" label={t('settings.discretion.violation')} rules={required}>
              <Input data-testid="discretion-entry-violation" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="aliases" label={t('settings.discretion.aliases')}>
          <Select mode="tags" open={false} placeholder={t('settings.discretion.aliasesPlaceholder')} />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('settings.discretion.legalBasis')} rules={required}>
          <Input />
        </Form.Item>
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item name="legalMin" label={t('settings.discretion.legalMin')} rules={requiredNumber}>
              <InputNumber {...yuanInput} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="legalMax" label={t('settings.discretion.legalMax')} rules={requiredNumber}>
              <InputNumber {...yuanInput} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary">{t('settings.discretion.byPartyHint')}</Typography.Paragraph>
        <Row gutter={12}>
          {(['individual', 'organization'] as const).map((party) => (
            <Col span={12} key={party}>
              <Form.Item label={t('settings.discretion.partyRange', { party: t(`enums.partyType.${party}`) })}>
                <Flex gap={8} align="center">
                  <Form.Item name={`${party}Min`} noStyle>
                    <InputNumber {...yuanInput} />
                  </Form.Item>
                  –
                  <Form.Item name={`${party}Max`} noStyle>
                    <InputNumber {...yuanInput} />
                  </Form.Item>
                </Flex>
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Form.List name="tiers">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Card
                  key={field.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  data-testid="discretion-entry-tier"
                  extra={
                    <Button type="text" danger icon={<DeleteOutlined />} disabled={fields.length === 1} onClick={() => remove(field.name)} aria-label={t('settings.discretion.removeTier')} />
                  }
                  title={
                    <Flex gap={8}>
                      <Form.Item name={[field.name, 'tier']} noStyle>
                        <Select style={{ width: 130 }} options={DISCRETION_TIERS.map((tier) => ({ value: tier, label: t(`enums.discretionTier.${tier}`) }))} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'party']} noStyle>
                        <Select
                          style={{ width: 130 }}
                          options={[
                            { value: 'both', label: t('settings.discretion.bothParties') },
                            { value: 'individual', label: t('enums.partyType.individual') },
                            { value: 'organization', label: t('enums.partyType.organization') },
                          ]}
                        />
                      </Form.Item>
                    </Flex>
                  }
                >
                  <Row gutter={12}>
                    <Col span={6}>
                      <Form.Item name={[field.name, 'min']} label={t('settings.discretion.min')} rules={requiredNumber}>
                        <InputNumber {...yuanInput} data-testid="discretion-tier-min" />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item name={[field.name, 'max']} label={t('settings.discretion.max')} rules={requiredNumber}>
                        <InputNumber {...yuanInput} data-testid="discretion-tier-max" />
                      </Form.Item>
                    </Col>
                    <Col span={12}>
                      <Form.Item name={[field.name, 'conditions']} label={t('settings.discretion.conditions')} rules={required}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Form.Item name={[field.name, 'conditionsEn']} label={t('settings.discretion.conditionsEn')} style={{ marginBottom: 0 }}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
                  </Form.Item>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} block onClick={() => add({ tier: 'general', party: 'both', conditions: '', min: null, max: null })}>
                {t('settings.discretion.addTier')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  )
}
