import { DatePicker, Form, Input, Modal, Typography, type ButtonProps } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { api } from '../../api'
import type { NoticeDetail } from '../../../../shared/contract/rectification'
import { useBusyCall } from '../../components/useBusyCall'
import { fromIsoDate, toIsoDate } from '../../format/date'

interface Values {
  repliedOn: dayjs.Dayjs
  note: string
  replies: Record<string, string>
}

/** 登记回复: the date the squad's reply came in, its note, and what it says it did per problem. */
export function ReplyModal({ notice, open, onClose }: { notice: NoticeDetail; open: boolean; onClose: (saved?: NoticeDetail) => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const { busy, run } = useBusyCall()
  const initial: Values = {
    repliedOn: fromIsoDate(notice.repliedOn) ?? dayjs(),
    note: notice.replyNote,
    replies: Object.fromEntries(notice.items.map((p) => [String(p.id), p.reply])),
  }

  async function save() {
    const v = await form.validateFields()
    const saved = await run(() =>
      api.call('rectification.reply', {
        id: notice.id,
        repliedOn: toIsoDate(v.repliedOn)!,
        note: v.note ?? '',
        problems: notice.items.map((p) => ({ problemId: p.id, reply: v.replies?.[String(p.id)] ?? '' })),
      }),
    )
    if (saved) onClose(saved)
  }

  return (
    <Modal
      open={open}
      width={760}
      title={t('rectification.replyTitle')}
      okText={t('rectification.save')}
      okButtonProps={{ 'data-testid': 'reply-save' } as ButtonProps}
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="repliedOn" label={t('rectification.repliedOn')} rules={[{ required: true }]}>
          <DatePicker allowClear={false} data-testid="reply-date" />
        </Form.Item>
        <Form.Item name="note" label={t('rectification.replyNote')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} data-testid="reply-note" />
        </Form.Item>
        {notice.items.map((p) => (
          <Form.Item
            key={p.id}
            name={['replies', String(p.id)]}
            label={
              <Typography.Text>
                {p.caseNumber} · {p.itemId} {p.title}
              </Typography.Text>
            }
          >
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} placeholder={p.reason} data-testid="reply-problem" />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  )
}
