import { useState } from 'react'
import { Form, Input, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api'
import { useFeedback } from '../../../components/useFeedback'
import { rubricsContract } from '../../../../../shared/contract/rubrics'
import type { RubricRow } from './RubricList'

const fields = rubricsContract['rubrics.duplicate'].input.shape

interface DuplicateRubricModalProps {
  source: RubricRow
  takenCodes: string[]
  onClose: () => void
  onDuplicated: () => void
}

/** 复制为专项标准: the chosen version under a new code and name, as version 1 of that code. */
export function DuplicateRubricModal({ source, takenCodes, onClose, onDuplicated }: DuplicateRubricModalProps) {
  const { t } = useTranslation()
  const { message, fail } = useFeedback()
  const [form] = Form.useForm<{ code: string; name: string }>()
  const [busy, setBusy] = useState(false)

  async function duplicate({ code, name }: { code: string; name: string }) {
    setBusy(true)
    try {
      const copy = await api.call('rubrics.duplicate', { id: source.id, code, name })
      void message.success(t('settings.rubrics.duplicated', { name: copy.name }))
      onDuplicated()
    } catch (err) {
      fail(err)
      setBusy(false)
    }
  }

  return (
    <Modal
      open
      title={t('settings.rubrics.duplicateTitle')}
      okText={t('settings.rubrics.duplicate')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'rubric-duplicate-submit' }}
    >
      <Typography.Paragraph type="secondary">{t('settings.rubrics.duplicateIntro', { name: source.name, version: source.version })}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={duplicate} requiredMark={false}>
        <Form.Item
          name="code"
          label={t('settings.rubrics.newCode')}
          extra={t('settings.rubrics.newCodeHint')}
          rules={[
            {
              validator: async (_, value: string | undefined) => {
                const code = (value ?? '').trim()
                if (!fields.code.safeParse(code).success) throw new Error(t('settings.rubrics.newCodeFormat'))
                if (takenCodes.includes(code)) throw new Error(t('settings.rubrics.newCodeTaken', { code }))
              },
            },
          ]}
        >
          <Input autoFocus placeholder="compulsion" data-testid="rubric-duplicate-code" onPressEnter={() => form.submit()} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('settings.rubrics.newName')}
          rules={[
            {
              validator: async (_, value: string | undefined) => {
                if (!fields.name.safeParse(value ?? '').success) throw new Error(t('settings.rubrics.newNameRequired'))
              },
            },
          ]}
        >
          <Input placeholder={t('settings.rubrics.newNamePlaceholder')} data-testid="rubric-duplicate-name" onPressEnter={() => form.submit()} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
