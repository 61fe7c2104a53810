import { useEffect } from 'react'
import { Form, Input, Modal, Select, type ButtonProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { SQUAD_KINDS, type SquadRow } from '../../../../../shared/contract/people'
import { api } from '../../../api'
import { useRecordSave } from './useRecordSave'

const NAME_ERRORS = { duplicate_name: 'name' } as const

interface SquadFormValues {
  name: string
  kind: SquadRow['kind']
}

interface SquadModalProps {
  open: boolean
  /** The squad being edited; null adds one. */
  squad: SquadRow | null
  onClose: () => void
  onSaved: () => void
}

/** 新增 / 编辑中队: its name and kind. */
export function SquadModal({ open, squad, onClose, onSaved }: SquadModalProps) {
  const { t } = useTranslation()
  const [form] = Form.useForm<SquadFormValues>()
  const { saving, save } = useRecordSave(form, onSaved, NAME_ERRORS)

  useEffect(() => {
    if (open) form.setFieldsValue(squad ? { name: squad.name, kind: squad.kind } : { name: '', kind: 'street' })
  }, [open, squad, form])

  function submit(values: SquadFormValues) {
    const fields = { name: values.name, kind: values.kind }
    return save(
      () => (squad ? api.call('people.updateSquad', { id: squad.id, fields }) : api.call('people.createSquad', fields)),
      (name) => t('people.squads.saved', { name }),
    )
  }

  return (
    <Modal
      open={open}
      onCancel={onClose}
      destroyOnHidden
      title={squad ? t('people.squads.editTitle', { name: squad.name }) : t('people.squads.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'squad-save' } as ButtonProps}
    >
      <Form<SquadFormValues> form={form} layout="vertical" onFinish={submit} style={{ marginTop: 16 }} data-testid="squad-form">
        <Form.Item name="name" label={t('people.squads.name')} rules={[{ required: true, whitespace: true, message: t('people.squads.nameRequired') }, { max: 50 }]}>
          <Input placeholder={t('people.squads.namePlaceholder')} autoFocus data-testid="squad-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('people.squads.kind')} rules={[{ required: true, message: t('people.squads.kindRequired') }]}>
          <Select options={SQUAD_KINDS.map((value) => ({ value, label: t(`people.squads.kinds.${value}`) }))} data-testid="squad-kind" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
