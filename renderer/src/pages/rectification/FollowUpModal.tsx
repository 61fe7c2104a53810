import { Alert, Form, Input, InputNumber, Modal, Radio, Select, type ButtonProps } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { api } from '../../api'
import { FOLLOW_UP_SCOPES, type FollowUpScope, type NoticeSummary } from '../../../../shared/contract/rectification'
import { useBusyCall } from '../../components/useBusyCall'
import { useFeedback } from '../../components/useFeedback'
import { navigate } from '../../router/hash'

interface Values {
  noticeIds: number[]
  name: string
  percent: number
  scope: FollowUpScope
}

/** 回头看: a follow-up campaign on the rectified problems of the chosen notices; it opens on its campaign page. */
export function FollowUpModal({ notices, open, onClose }: { notices: NoticeSummary[]; open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const { message } = useFeedback()
  const [form] = Form.useForm<Values>()
  const { busy, run } = useBusyCall()
  const eligible = notices.filter((n) => n.rectified > 0)

  async function submit() {
    const v = await form.validateFields()
    const created = await run(() => api.call('rectification.followUp', v))
    if (!created) return
    void message.success(t('rectification.followUpCreated', { cases: created.cases, problems: created.problems }), 8)
    onClose()
    navigate(`/campaigns/${created.campaignId}`)
  }

  return (
    <Modal
      open={open}
      width={600}
      title={t('rectification.followUpTitle')}
      okText={t('rectification.followUp')}
      okButtonProps={{ disabled: !eligible.length, 'data-testid': 'follow-up-submit' } as ButtonProps}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon message={t('rectification.followUpHint')} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ noticeIds: eligible.filter((n) => n.state === 'closed').map((n) => n.id), name: t('rectification.followUpNameDefault', { month: dayjs().format('YYYY年M月') }), percent: 100, scope: 'same_cases' }}
      >
        <Form.Item name="noticeIds" label={t('rectification.followUpNotices')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <Select
            mode="multiple"
            data-testid="follow-up-notices"
            options={eligible.map((n) => ({ value: n.id, label: `${n.squadName} · ${n.campaignName}（${t('rectification.progress', { rectified: n.rectified, problems: n.problems })}）` }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('rectification.followUpName')} rules={[{ required: true, min: 2, max: 100 }]}>
          <Input data-testid="follow-up-name" />
        </Form.Item>
        <Form.Item name="scope" label={t('rectification.followUpScope')}>
          <Radio.Group options={FOLLOW_UP_SCOPES.map((s) => ({ value: s, label: t(`rectification.followUpScopes.${s}`) }))} data-testid="follow-up-scope" />
        </Form.Item>
        <Form.Item name="percent" label={t('rectification.followUpPercent')} rules={[{ required: true }]}>
          <InputNumber min={1} max={100} data-testid="follow-up-percent" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
