import { Form, Input, Modal, type ButtonProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { api } from '../../api'
import type { NoticeDetail } from '../../../../shared/contract/rectification'
import { useBusyCall } from '../../components/useBusyCall'

type Values = Pick<NoticeDetail, 'docNumber' | 'responsible' | 'requirement'>

/** The notice's 文号, the squad's responsible person and the requirement, as the lead fills them in. */
export function NoticeEditModal({ notice, open, onClose }: { notice: NoticeDetail; open: boolean; onClose: (saved?: NoticeDetail) => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const { busy, run } = useBusyCall()

  async function save() {
    const v = await form.validateFields()
    const saved = await run(() => api.call('rectification.update', { id: notice.id, docNumber: v.docNumber ?? '', responsible: v.responsible ?? '', requirement: v.requirement ?? '' }))
    if (saved) onClose(saved)
  }

  return (
    <Modal open={open} title={t('rectification.edit')} okText={t('rectification.save')} okButtonProps={{ 'data-testid': 'notice-edit-save' } as ButtonProps} confirmLoading={busy} onOk={() => void save()} onCancel={() => onClose()} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ docNumber: notice.docNumber, responsible: notice.responsible, requirement: notice.requirement }}>
        <Form.Item name="docNumber" label={t('rectification.docNumber')}>
          <Input maxLength={60} data-testid="notice-doc-number" />
        </Form.Item>
        <Form.Item name="responsible" label={t('rectification.responsible')}>
          <Input maxLength={60} data-testid="notice-responsible" />
        </Form.Item>
        <Form.Item name="requirement" label={t('rectification.requirement')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
