import { useEffect } from 'react'
import { Col, DatePicker, Form, Input, Row, Select } from 'antd'
import type { Rule } from 'antd/es/form'
import type { Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { COMPLAINT_LIMITS, type ComplaintDetail, type ComplaintSummary } from '../../../../shared/contract/complaints'
import { api, useQuery } from '../../api'
import { useFeedback } from '../../components/useFeedback'
import { useFormSave } from '../../components/useFormSave'
import { EditDrawer } from '../../components/EditDrawer'
import { complaintFieldsOf, emptyFormValues, formValuesOf, type ComplaintFormValues } from './complaintFormValues'
import { sourceOptions } from './sourceOptions'

interface ComplaintFormDrawerProps {
  open: boolean
  /** The complaint being edited; absent for 新增. */
  existing?: ComplaintSummary
  onClose: () => void
  onSaved: (saved: ComplaintDetail) => void
}

/** 新增 / 编辑投诉举报: one form for both, validated here and again by the server. */
export function ComplaintFormDrawer({ open, existing, onClose, onSaved }: ComplaintFormDrawerProps) {
  const { t } = useTranslation()
  const { message } = useFeedback()
  const [form] = Form.useForm<ComplaintFormValues>()
  // Active squads, plus the one this complaint already has (it may have been deactivated since).
  const squads = useQuery('cases.squads', open ? { include: existing ? [existing.squadId] : [] } : null)
  const inactive = (active: boolean) => (active ? '' : ` · ${t('people.status.inactive')}`)

  useEffect(() => {
    if (open) form.setFieldsValue(existing ? formValuesOf(existing) : emptyFormValues())
  }, [open, existing, form])

  // The contract refuses a close or a reply dated before the complaint was received.
  const notBeforeReceived: Rule = ({ getFieldValue }) => ({
    validator: async (_rule, value: Dayjs | null) => {
      const received = getFieldValue('receivedOn') as Dayjs | null
      if (value && received && value.isBefore(received, 'day')) throw new Error(t('complaints.form.beforeReceived'))
    },
  })

  const { saving, save: saveWith } = useFormSave(form, { duplicate_number: 'ticketNumber' })
  const save = () =>
    saveWith(
      (values) => {
        const fields = complaintFieldsOf(values)
        return existing ? api.call('complaints.update', { id: existing.id, fields }) : api.call('complaints.create', fields)
      },
      (saved) => {
        void message.success(t(existing ? 'complaints.form.saved' : 'complaints.form.created', { ticketNumber: saved.ticketNumber }))
        onSaved(saved)
      },
    )

  return (
    <EditDrawer open={open} onClose={onClose} size={680} title={existing ? t('complaints.form.editTitle', { ticketNumber: existing.ticketNumber }) : t('complaints.form.createTitle')} saving={saving} onSave={() => void save()} saveTestId="complaint-form-submit">
      <Form form={form} layout="vertical" requiredMark initialValues={emptyFormValues()} data-testid="complaint-form">
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item
              name="ticketNumber"
              label={t('complaints.field.ticketNumber')}
              rules={[{ required: true, whitespace: true, message: t('complaints.form.ticketNumberRequired') }, { max: COMPLAINT_LIMITS.ticketNumber }]}
            >
              <Input data-testid="complaint-field-ticketNumber" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="source" label={t('complaints.field.source')}>
              <Select options={sourceOptions(t)} data-testid="complaint-field-source" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="receivedOn" label={t('complaints.field.receivedOn')} rules={[{ required: true, message: t('complaints.form.receivedOnRequired') }]}>
              <DatePicker style={{ width: '100%' }} data-testid="complaint-field-receivedOn" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="subject"
          label={t('complaints.field.subject')}
          rules={[{ required: true, whitespace: true, message: t('complaints.form.subjectRequired') }, { max: COMPLAINT_LIMITS.subject }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="complaint-field-subject" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item name="address" label={t('complaints.field.address')} rules={[{ max: COMPLAINT_LIMITS.address }]}>
              <Input placeholder={t('complaints.form.addressPlaceholder')} data-testid="complaint-field-address" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="party" label={t('complaints.field.party')} rules={[{ max: COMPLAINT_LIMITS.party }]}>
              <Input data-testid="complaint-field-party" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="squadId" label={t('complaints.field.squad')} rules={[{ required: true, message: t('complaints.form.squadRequired') }]}>
          <Select
            options={(squads.data ?? []).map((s) => ({ value: s.id, label: `${s.name}${inactive(s.active)}` }))}
            loading={squads.loading}
            style={{ maxWidth: 280 }}
            data-testid="complaint-field-squad"
          />
        </Form.Item>
        <Form.Item name="result" label={t('complaints.field.result')} rules={[{ max: COMPLAINT_LIMITS.result }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="complaint-field-result" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="closedOn" label={t('complaints.field.closedOn')} dependencies={['receivedOn']} rules={[notBeforeReceived]}>
              <DatePicker style={{ width: '100%' }} data-testid="complaint-field-closedOn" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="repliedOn" label={t('complaints.field.repliedOn')} dependencies={['receivedOn']} rules={[notBeforeReceived]}>
              <DatePicker style={{ width: '100%' }} data-testid="complaint-field-repliedOn" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </EditDrawer>
  )
}
