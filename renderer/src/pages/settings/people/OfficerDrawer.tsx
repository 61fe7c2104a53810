import { useEffect } from 'react'
import { Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd'
import type { Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { OfficerRow } from '../../../../../shared/contract/people'
import { api, useQuery } from '../../../api'
import { fromIsoDate, toIsoDate } from '../../../format/date'
import { EditDrawer } from '../../../components/EditDrawer'
import { useRecordSave } from './useRecordSave'

interface OfficerFormValues {
  name: string
  badgeNumber: string
  squadId?: number
  certified: boolean
  certificateNumber?: string
  certificateExpiresOn?: Dayjs | null
}

interface OfficerDrawerProps {
  open: boolean
  /** The officer being edited; null adds one. */
  officer: OfficerRow | null
  onClose: () => void
  onSaved: () => void
}

const BADGE_ERRORS = { duplicate_badge_number: 'badgeNumber' } as const

function valuesOf(o: OfficerRow | null): OfficerFormValues {
  if (!o) return { name: '', badgeNumber: '', squadId: undefined, certified: true, certificateNumber: '', certificateExpiresOn: null }
  return { ...o, certificateNumber: o.certificateNumber ?? '', certificateExpiresOn: fromIsoDate(o.certificateExpiresOn) }
}

/** 新增 / 编辑执法人员: name, badge, squad and the enforcement certificate. */
export function OfficerDrawer({ open, officer, onClose, onSaved }: OfficerDrawerProps) {
  const { t } = useTranslation()
  const [form] = Form.useForm<OfficerFormValues>()
  const { saving, save } = useRecordSave(form, onSaved, BADGE_ERRORS)
  const certified = Form.useWatch('certified', form)
  const squads = useQuery('cases.squads', open ? { include: officer ? [officer.squadId] : [] } : null)

  useEffect(() => {
    if (open) form.setFieldsValue(valuesOf(officer))
  }, [open, officer, form])

  function submit(values: OfficerFormValues) {
    const fields = {
      name: values.name,
      badgeNumber: values.badgeNumber,
      squadId: values.squadId!,
      certified: values.certified,
      certificateNumber: values.certified ? values.certificateNumber?.trim() || null : null,
      certificateExpiresOn: values.certified ? toIsoDate(values.certificateExpiresOn) : null,
    }
    return save(
      () => (officer ? api.call('people.updateOfficer', { id: officer.id, fields }) : api.call('people.createOfficer', fields)),
      (name) => t('people.officers.saved', { name }),
    )
  }

  return (
    <EditDrawer
      open={open}
      onClose={onClose}
      size={560}
      title={officer ? t('people.officers.editTitle', { name: officer.name }) : t('people.officers.addTitle')}
      saving={saving}
      onSave={() => form.submit()}
      saveTestId="officer-save"
    >
      <Form<OfficerFormValues> form={form} layout="vertical" onFinish={submit} initialValues={valuesOf(null)} data-testid="officer-form">
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label={t('people.officers.name')} rules={[{ required: true, whitespace: true, message: t('people.officers.nameRequired') }, { max: 50 }]}>
              <Input autoFocus data-testid="officer-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="badgeNumber"
              label={t('people.officers.badgeNumber')}
              rules={[
                { required: true, whitespace: true, message: t('people.officers.badgeRequired') },
                { max: 32 },
                { pattern: /^\s*[0-9A-Za-z-]+\s*$/, message: t('people.officers.badgeFormat') },
              ]}
            >
              <Input data-testid="officer-badge" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="squadId" label={t('people.officers.squad')} rules={[{ required: true, message: t('people.officers.squadRequired') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={squads.loading}
            options={(squads.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            data-testid="officer-squad"
          />
        </Form.Item>
        <Form.Item name="certified" label={t('people.officers.certified')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: true, label: t('people.officers.certifiedYes') },
              { value: false, label: t('people.officers.certifiedNo') },
            ]}
            data-testid="officer-certified"
          />
        </Form.Item>
        {certified && (
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="certificateNumber" label={t('people.officers.certificateNumber')} rules={[{ max: 40 }]}>
                <Input data-testid="officer-certificate-number" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="certificateExpiresOn" label={t('people.officers.certificateExpiresOn')}>
                <DatePicker style={{ width: '100%' }} data-testid="officer-certificate-expires" />
              </Form.Item>
            </Col>
          </Row>
        )}
      </Form>
    </EditDrawer>
  )
}
