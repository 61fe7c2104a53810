import { useEffect } from 'react'
import { Form, Input, Radio, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { REVIEWER_ROLES, type ReviewerRow } from '../../../../../shared/contract/people'
import { api, useQuery } from '../../../api'
import { EditDrawer } from '../../../components/EditDrawer'
import { useRecordSave } from './useRecordSave'

interface ReviewerFormValues {
  name: string
  role: ReviewerRow['role']
  squadId?: number | null
  officerId?: number | null
}

const NAME_ERRORS = { duplicate_name: 'name' } as const

interface ReviewerDrawerProps {
  open: boolean
  /** The reviewer being edited; null adds one. */
  reviewer: ReviewerRow | null
  onClose: () => void
  onSaved: () => void
}

/** 新增 / 编辑评查员: name, role, and the squad and officer record that decide recusal. */
export function ReviewerDrawer({ open, reviewer, onClose, onSaved }: ReviewerDrawerProps) {
  const { t } = useTranslation()
  const [form] = Form.useForm<ReviewerFormValues>()
  const { saving, save } = useRecordSave(form, onSaved, NAME_ERRORS)
  const squadId = Form.useWatch('squadId', form)
  const keep = reviewer ? { squad: reviewer.squadId ? [reviewer.squadId] : [], officer: reviewer.officerId ? [reviewer.officerId] : [] } : { squad: [], officer: [] }
  const squads = useQuery('cases.squads', open ? { include: keep.squad } : null)
  const officers = useQuery('cases.officers', open ? { squadId: squadId ?? undefined, include: keep.officer } : null)

  useEffect(() => {
    if (open) form.setFieldsValue(reviewer ? { name: reviewer.name, role: reviewer.role, squadId: reviewer.squadId, officerId: reviewer.officerId } : { name: '', role: 'reviewer', squadId: null, officerId: null })
  }, [open, reviewer, form])

  function submit(values: ReviewerFormValues) {
    const fields = { name: values.name, role: values.role, squadId: values.squadId ?? null, officerId: values.officerId ?? null }
    return save(
      () => (reviewer ? api.call('people.updateReviewer', { id: reviewer.id, fields }) : api.call('people.createReviewer', fields)),
      (name) => t('people.reviewers.saved', { name }),
    )
  }

  return (
    <EditDrawer
      open={open}
      onClose={onClose}
      size={520}
      title={reviewer ? t('people.reviewers.editTitle', { name: reviewer.name }) : t('people.reviewers.addTitle')}
      saving={saving}
      onSave={() => form.submit()}
      saveTestId="reviewer-save"
    >
      <Form<ReviewerFormValues> form={form} layout="vertical" onFinish={submit} data-testid="reviewer-form">
        <Form.Item name="name" label={t('people.reviewers.name')} rules={[{ required: true, whitespace: true, message: t('people.reviewers.nameRequired') }, { max: 50 }]}>
          <Input autoFocus data-testid="reviewer-name-field" />
        </Form.Item>
        <Form.Item name="role" label={t('people.reviewers.role')}>
          <Radio.Group optionType="button" options={REVIEWER_ROLES.map((value) => ({ value, label: t(`app.roles.${value}`) }))} data-testid="reviewer-role" />
        </Form.Item>
        <Form.Item name="squadId" label={t('people.reviewers.squad')} extra={t('people.reviewers.hint')}>
          <Select
            allowClear
            placeholder={t('people.reviewers.none')}
            showSearch={{ optionFilterProp: 'label' }}
            loading={squads.loading}
            options={(squads.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            onChange={() => form.setFieldValue('officerId', null)}
            data-testid="reviewer-squad"
          />
        </Form.Item>
        <Form.Item name="officerId" label={t('people.reviewers.officer')}>
          <Select
            allowClear
            placeholder={t('people.reviewers.none')}
            showSearch={{ optionFilterProp: 'label' }}
            loading={officers.loading}
            options={(officers.data ?? []).map((o) => ({ value: o.id, label: t('case.officer', { name: o.name, badge: o.badgeNumber }) }))}
            data-testid="reviewer-officer"
          />
        </Form.Item>
      </Form>
    </EditDrawer>
  )
}
