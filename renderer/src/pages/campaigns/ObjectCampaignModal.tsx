import { Button, DatePicker, Form, Input, InputNumber, Modal, Select, Switch } from 'antd'
import { AuditOutlined } from '@ant-design/icons'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, useQuery } from '../../api'
import { useBusyCall } from '../../components/useBusyCall'
import { navigate } from '../../router/hash'

interface Values {
  name: string
  rubricId: number
  period: [Dayjs, Dayjs]
  percent: number
  repeatsOnly: boolean
  coverOfficers: boolean
}

/** 发起抽查 from a register: a draft campaign on its objects of a period, opened on its page. */
export function ObjectCampaignButton({ target }: { target: 'av_record' | 'complaint' }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<Values>()
  const rubrics = useQuery('rubrics.list', open ? {} : null)
  const { busy, run } = useBusyCall()
  const choices = (rubrics.data ?? []).filter((r, i, all) => r.target === target && all.findIndex((x) => x.code === r.code) === i)
  const year = dayjs().year()
  const defaultName = (of: number) => t(`campaignSetup.objectCampaign.defaultName.${target}`, { year: of })
  const first = choices[0]?.id
  useEffect(() => {
    if (first !== undefined && form.getFieldValue('rubricId') === undefined) form.setFieldValue('rubricId', first)
  }, [first, form])

  async function submit() {
    const v = await form.validateFields()
    const created = await run(() =>
      api.call('campaigns.createForObjects', {
        name: v.name,
        kind: 'special',
        target,
        rubricId: v.rubricId,
        // The period reviewed is the campaign's: the list and the sheets name it.
        startsOn: v.period[0].format('YYYY-MM-DD'),
        endsOn: v.period[1].format('YYYY-MM-DD'),
        population: { from: v.period[0].format('YYYY-MM-DD'), to: v.period[1].format('YYYY-MM-DD'), repeatsOnly: v.repeatsOnly || undefined, coverOfficers: v.coverOfficers || undefined },
        percent: v.percent,
      }),
    )
    if (!created) return
    setOpen(false)
    navigate(`/campaigns/${created.id}`)
  }

  return (
    <>
      <Button icon={<AuditOutlined />} onClick={() => setOpen(true)} data-testid="object-campaign-open">
        {t('campaignSetup.objectCampaign.open')}
      </Button>
      <Modal open={open} title={t(`campaignSetup.objectCampaign.title.${target}`)} onCancel={() => setOpen(false)} onOk={() => void submit()} confirmLoading={busy} destroyOnHidden okButtonProps={{ id: 'object-campaign-submit' }}>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ name: defaultName(year), period: [dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)], percent: target === 'complaint' ? 1 : 10, repeatsOnly: false, coverOfficers: target === 'av_record' }}
          onValuesChange={(changed: Partial<Values>) => {
            // The name follows the period's year until the lead types one.
            if (changed.period?.[0] && !form.isFieldTouched('name')) form.setFieldValue('name', defaultName(changed.period[0].year()))
          }}
        >
          <Form.Item name="name" label={t('campaignSetup.objectCampaign.name')} rules={[{ required: true, min: 2, max: 100 }]}>
            <Input data-testid="object-campaign-name" />
          </Form.Item>
          <Form.Item name="rubricId" label={t('campaignSetup.objectCampaign.rubric')} rules={[{ required: true }]}>
            <Select options={choices.map((r) => ({ value: r.id, label: `${r.name}（v${r.version}）` }))} data-testid="object-campaign-rubric" />
          </Form.Item>
          <Form.Item name="period" label={t('campaignSetup.objectCampaign.period')} rules={[{ required: true }]}>
            <DatePicker.RangePicker style={{ width: '100%' }} className="object-campaign-period" />
          </Form.Item>
          <Form.Item name="percent" label={t('campaignSetup.objectCampaign.percent')} extra={target === 'complaint' ? t('campaignSetup.objectCampaign.repeatsAlways') : undefined} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} precision={1} suffix="%" data-testid="object-campaign-percent" />
          </Form.Item>
          {target === 'complaint' && (
            <Form.Item name="repeatsOnly" label={t('campaignSetup.objectCampaign.repeatsOnly')} valuePropName="checked">
              <Switch data-testid="object-campaign-repeats" />
            </Form.Item>
          )}
          {target === 'av_record' && (
            <Form.Item name="coverOfficers" label={t('campaignSetup.objectCampaign.coverOfficers')} extra={t('campaignSetup.objectCampaign.coverOfficersHint')} valuePropName="checked">
              <Switch data-testid="object-campaign-cover" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  )
}
