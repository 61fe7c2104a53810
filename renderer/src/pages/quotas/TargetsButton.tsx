import { useState } from 'react'
import { Button, Form, InputNumber, Modal, Switch } from 'antd'
import { SettingOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { QuotaTargets } from '../../../../shared/contract/quotas'
import { api, useQuery } from '../../api'
import { useBusyCall } from '../../components/useBusyCall'

const PERCENTS = ['caseReviewPercent', 'legalReviewPercent', 'complaintPercent'] as const
const SWITCHES = ['everyOfficerCovered', 'everyRepeatReviewed', 'campaignEveryMonth', 'rectificationOnTime'] as const

/** The year's targets, a lead's to set; the plan's figures until then. */
export function TargetsButton({ year, onSaved }: { year: number; onSaved: () => void }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<QuotaTargets>()
  const targets = useQuery('quotas.targets', open ? { year } : null)
  const { busy, run } = useBusyCall()

  async function save() {
    const values = await form.validateFields()
    if (!(await run(() => api.call('quotas.setTargets', { year, targets: values })))) return
    setOpen(false)
    onSaved()
  }

  return (
    <>
      <Button icon={<SettingOutlined />} onClick={() => setOpen(true)} data-testid="quota-targets-open">
        {t('quotas.targets.open')}
      </Button>
      <Modal open={open} title={t('quotas.targets.title', { year })} onCancel={() => setOpen(false)} onOk={() => void save()} confirmLoading={busy} destroyOnHidden okButtonProps={{ id: 'quota-targets-save' }}>
        {targets.data && (
          <Form form={form} layout="horizontal" labelCol={{ span: 14 }} initialValues={targets.data} data-testid="quota-targets-form">
            {PERCENTS.map((key) => (
              <Form.Item key={key} name={key} label={t(`quotas.targets.${key}`)} rules={[{ required: true }]}>
                <InputNumber min={0} max={100} precision={1} suffix="%" data-testid={`quota-target-${key}`} />
              </Form.Item>
            ))}
            <Form.Item name="avRecordsPerYear" label={t('quotas.targets.avRecordsPerYear')} rules={[{ required: true }]}>
              <InputNumber min={0} max={100000} precision={0} data-testid="quota-target-avRecordsPerYear" />
            </Form.Item>
            {SWITCHES.map((key) => (
              <Form.Item key={key} name={key} label={t(`quotas.targets.${key}`)} valuePropName="checked">
                <Switch />
              </Form.Item>
            ))}
          </Form>
        )}
      </Modal>
    </>
  )
}
