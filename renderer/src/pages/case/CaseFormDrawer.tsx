import { useEffect } from 'react'
import { Alert, Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select, Switch } from 'antd'
import { useTranslation } from 'react-i18next'
import { CASE_DATE_FIELDS, type CaseDetail } from '../../../../shared/contract/cases'
import { outOfOrderDates } from '../../../../shared/domain/case-dates'
import { api, useQuery } from '../../api'
import { useFeedback } from '../../components/useFeedback'
import { useFormSave } from '../../components/useFormSave'
import { EditDrawer } from '../../components/EditDrawer'
import { enumOptions } from '../../format/options'
import { caseFieldsOf, emptyFormValues, formValuesOf, isoDatesOf, type CaseFormValues } from './caseFormValues'

interface CaseFormDrawerProps {
  open: boolean
  /** The case being edited; absent for 新增案件. */
  existing?: CaseDetail
  onClose: () => void
  onSaved: (saved: CaseDetail) => void
}

/** 新增 / 编辑案件: one form for both, validated here and again by the server. */
export function CaseFormDrawer({ open, existing, onClose, onSaved }: CaseFormDrawerProps) {
  const { t } = useTranslation()
  const { message } = useFeedback()
  const [form] = Form.useForm<CaseFormValues>()
  const squadId = Form.useWatch('squadId', form)
  const dates = Form.useWatch('dates', form)
  // Active squads and officers, plus the ones this case already has (they may have been deactivated since).
  const squads = useQuery('cases.squads', open ? { include: existing ? [existing.squadId] : [] } : null)
  const keptOfficers = existing && existing.squadId === squadId ? existing.officerIds : []
  const officers = useQuery('cases.officers', open && squadId ? { squadId, include: keptOfficers } : null)
  const inactive = (active: boolean) => (active ? '' : ` · ${t('people.status.inactive')}`)
  const options = enumOptions(t)

  useEffect(() => {
    if (open) form.setFieldsValue(existing ? formValuesOf(existing) : emptyFormValues())
  }, [open, existing, form])

  const flags = outOfOrderDates(isoDatesOf(dates))

  const { saving, save: saveWith } = useFormSave(form, { duplicate_case_number: 'caseNumber' })
  const save = () =>
    saveWith(
      (values) => {
        const fields = caseFieldsOf(values)
        return existing ? api.call('cases.update', { id: existing.id, fields }) : api.call('cases.create', fields)
      },
      (saved) => {
        void message.success(t(existing ? 'caseForm.saved' : 'caseForm.created', { caseNumber: saved.caseNumber }))
        onSaved(saved)
      },
    )

  return (
    <EditDrawer open={open} onClose={onClose} size={760} title={existing ? t('caseForm.editTitle', { caseNumber: existing.caseNumber }) : t('caseForm.createTitle')} saving={saving} onSave={() => void save()} saveTestId="case-form-submit">
      <Form form={form} layout="vertical" requiredMark initialValues={emptyFormValues()} data-testid="case-form">
        <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
          {t('caseForm.basics')}
        </Divider>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="caseNumber" label={t('caseField.caseNumber')} rules={[{ required: true, whitespace: true, message: t('caseForm.caseNumberRequired') }, { max: 64 }]}>
              <Input placeholder={t('caseForm.caseNumberPlaceholder')} data-testid="field-caseNumber" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="party" label={t('caseField.party')} rules={[{ required: true, whitespace: true, message: t('caseForm.partyRequired') }, { max: 200 }]}>
              <Input data-testid="field-party" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="partyType" label={t('caseField.partyType')}>
              <Select options={options.partyTypes} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="caseType" label={t('caseField.caseType')}>
              <Select options={options.caseTypes} data-testid="field-caseType" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="procedure" label={t('caseField.procedure')}>
              <Select options={options.procedures} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="domain" label={t('caseField.domain')} rules={[{ required: true, message: t('caseForm.domainRequired') }]}>
              <Select options={options.domains} data-testid="field-domain" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="squadId" label={t('caseField.squad')} rules={[{ required: true, message: t('caseForm.squadRequired') }]}>
              <Select
                options={(squads.data ?? []).map((s) => ({ value: s.id, label: `${s.name}${inactive(s.active)}` }))}
                loading={squads.loading}
                onChange={() => form.setFieldValue('officerIds', [])}
                data-testid="field-squad"
              />
            </Form.Item>
          </Col>
          <Col span={18}>
            <Form.Item name="officerIds" label={t('caseField.officers')}>
              <Select
                mode="multiple"
                disabled={!squadId}
                placeholder={squadId ? undefined : t('caseForm.selectSquadFirst')}
                loading={officers.loading}
                optionFilterProp="label"
                options={(officers.data ?? []).map((o) => ({
                  value: o.id,
                  label: `${t('case.officer', { name: o.name, badge: o.badgeNumber })}${o.certified ? '' : ` · ${t('caseForm.uncertified')}`}${inactive(o.active)}`,
                }))}
                data-testid="field-officers"
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="isMajor" label={t('caseField.isMajor')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start" plain>
          {t('caseForm.penalty')}
        </Divider>
        <Form.Item name="violation" label={t('caseField.violation')} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('caseField.legalBasis')} rules={[{ max: 1000 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="discretionTier" label={t('caseField.discretionTier')}>
              <Select allowClear placeholder={t('caseForm.notChosen')} options={options.discretionTiers} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="penaltyYuan" label={t('caseField.penalty')}>
              <InputNumber min={0} precision={2} step={100} style={{ width: '100%' }} data-testid="field-penalty" />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start" plain>
          {t('caseForm.dates')}
        </Divider>
        <Row gutter={16}>
          {CASE_DATE_FIELDS.map((field) => (
            <Col span={8} key={field}>
              <Form.Item name={['dates', field]} label={t(`caseDate.${field}`)}>
                <DatePicker style={{ width: '100%' }} data-testid={`field-${field}`} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Divider titlePlacement="start" plain>
          {t('caseForm.reviewAndPublicity')}
        </Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="legalReviewedOn" label={t('caseField.legalReviewedOn')}>
              <DatePicker style={{ width: '100%' }} data-testid="field-legalReviewedOn" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="publishedOn" label={t('caseField.publishedOn')}>
              <DatePicker style={{ width: '100%' }} data-testid="field-publishedOn" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="publishedPlace" label={t('caseField.publishedPlace')} rules={[{ max: 200 }]}>
              <Input data-testid="field-publishedPlace" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="legalReviewOpinion" label={t('caseField.legalReviewOpinion')} rules={[{ max: 1000 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        {flags.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('caseForm.dateOrderWarning')}
            description={flags.map((f) => t('case.dateFlag', { later: t(`caseDate.${f.later}`), earlier: t(`caseDate.${f.earlier}`) })).join(t('common.listSeparator'))}
          />
        )}
      </Form>
    </EditDrawer>
  )
}
