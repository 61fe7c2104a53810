import { useEffect } from 'react'
import { Col, DatePicker, Form, Input, Row, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { AV_RECORD_LIMITS, type AvRecordDetail, type AvRecordSummary } from '../../../../shared/contract/av-records'
import { api, useQuery } from '../../api'
import { useFeedback } from '../../components/useFeedback'
import { useFormSave } from '../../components/useFormSave'
import { EditDrawer } from '../../components/EditDrawer'
import { avRecordFieldsOf, emptyFormValues, formValuesOf, type AvRecordFormValues } from './avRecordFormValues'
import { durationOf } from './duration'

interface AvRecordFormDrawerProps {
  open: boolean
  /** The record being edited; absent for 新增. */
  existing?: AvRecordSummary
  onClose: () => void
  onSaved: (saved: AvRecordDetail) => void
}

/** 新增 / 编辑音像记录: one form for both, validated here and again by the server. */
export function AvRecordFormDrawer({ open, existing, onClose, onSaved }: AvRecordFormDrawerProps) {
  const { t } = useTranslation()
  const { message } = useFeedback()
  const [form] = Form.useForm<AvRecordFormValues>()
  const squadId = Form.useWatch('squadId', form)
  // Active squads and officers, plus the ones this record already has (they may have been deactivated since).
  const squads = useQuery('cases.squads', open ? { include: existing ? [existing.squadId] : [] } : null)
  const keptOfficers = existing && existing.squadId === squadId ? existing.officers.map((o) => o.id) : []
  const officers = useQuery('cases.officers', open && squadId ? { squadId, include: keptOfficers } : null)
  const inactive = (active: boolean) => (active ? '' : ` · ${t('people.status.inactive')}`)

  useEffect(() => {
    if (open) form.setFieldsValue(existing ? formValuesOf(existing) : emptyFormValues())
  }, [open, existing, form])

  const { saving, save: saveWith } = useFormSave(form, { duplicate_number: 'recordNumber' })
  const save = () =>
    saveWith(
      (values) => {
        const fields = avRecordFieldsOf(values)
        return existing ? api.call('avRecords.update', { id: existing.id, fields }) : api.call('avRecords.create', fields)
      },
      (saved) => {
        void message.success(t(existing ? 'avRecords.form.saved' : 'avRecords.form.created', { recordNumber: saved.recordNumber }))
        onSaved(saved)
      },
    )

  return (
    <EditDrawer open={open} onClose={onClose} size={640} title={existing ? t('avRecords.form.editTitle', { recordNumber: existing.recordNumber }) : t('avRecords.form.createTitle')} saving={saving} onSave={() => void save()} saveTestId="av-form-submit">
      <Form form={form} layout="vertical" requiredMark initialValues={emptyFormValues()} data-testid="av-form">
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item
              name="recordNumber"
              label={t('avRecords.field.recordNumber')}
              rules={[{ required: true, whitespace: true, message: t('avRecords.form.recordNumberRequired') }, { max: AV_RECORD_LIMITS.recordNumber }]}
            >
              <Input placeholder={t('avRecords.form.recordNumberPlaceholder')} data-testid="av-field-recordNumber" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="recordedOn" label={t('avRecords.field.recordedOn')} rules={[{ required: true, message: t('avRecords.form.recordedOnRequired') }]}>
              <DatePicker style={{ width: '100%' }} data-testid="av-field-recordedOn" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="squadId" label={t('avRecords.field.squad')} rules={[{ required: true, message: t('avRecords.form.squadRequired') }]}>
              <Select
                options={(squads.data ?? []).map((s) => ({ value: s.id, label: `${s.name}${inactive(s.active)}` }))}
                loading={squads.loading}
                onChange={() => form.setFieldValue('officerIds', [])}
                data-testid="av-field-squad"
              />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="officerIds" label={t('avRecords.field.officers')} rules={[{ type: 'array', max: AV_RECORD_LIMITS.officers }]}>
              <Select
                mode="multiple"
                disabled={!squadId}
                placeholder={squadId ? undefined : t('avRecords.form.selectSquadFirst')}
                loading={officers.loading}
                optionFilterProp="label"
                options={(officers.data ?? []).map((o) => ({ value: o.id, label: `${t('case.officer', { name: o.name, badge: o.badgeNumber })}${inactive(o.active)}` }))}
                data-testid="av-field-officers"
              />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="caseNumber" label={t('avRecords.field.caseNumber')} rules={[{ max: AV_RECORD_LIMITS.caseNumber }]}>
              <Input placeholder={t('avRecords.form.caseNumberPlaceholder')} data-testid="av-field-caseNumber" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item
              name="duration"
              label={t('avRecords.field.duration')}
              rules={[
                {
                  validator: async (_rule, value: string | undefined) => {
                    if (durationOf(value ?? '') === undefined) throw new Error(t('avRecords.form.durationInvalid'))
                  },
                },
              ]}
            >
              <Input placeholder={t('avRecords.form.durationPlaceholder')} data-testid="av-field-duration" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="storage" label={t('avRecords.field.storage')} rules={[{ max: AV_RECORD_LIMITS.storage }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} placeholder={t('avRecords.form.storagePlaceholder')} data-testid="av-field-storage" />
        </Form.Item>
      </Form>
    </EditDrawer>
  )
}
