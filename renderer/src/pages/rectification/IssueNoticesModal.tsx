import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Typography, type ButtonProps } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { api, useQuery } from '../../api'
import { DEFAULT_RECTIFICATION_WORKING_DAYS } from '../../../../shared/contract/rectification'
import { useFeedback } from '../../components/useFeedback'
import { useBusyCall } from '../../components/useBusyCall'
import { toIsoDate } from '../../format/date'

interface Values {
  campaignId?: number
  squadIds: number[]
  issuedOn: dayjs.Dayjs
  workingDays: number
  requirement: string
}

/** 下发整改通知: a closed campaign, the squads its results found problems in, the date and the time allowed. */
export function IssueNoticesModal({ open, onClose }: { open: boolean; onClose: (issued: boolean) => void }) {
  const { t } = useTranslation()
  const { message } = useFeedback()
  const [form] = Form.useForm<Values>()
  const { busy, run } = useBusyCall()
  const campaigns = useQuery('campaigns.list', open ? {} : null)
  // 整改 follows a case campaign's findings, case by case and item by item.
  const closed = (campaigns.data ?? []).filter((c) => c.status === 'closed' && c.target === 'case')
  const campaignId = Form.useWatch('campaignId', form)
  const candidates = useQuery('rectification.candidates', open && campaignId ? { campaignId } : null)
  const open_ = (candidates.data ?? []).filter((c) => c.noticeId === null)

  async function submit() {
    const v = await form.validateFields()
    const campaignId = v.campaignId
    if (!campaignId) return
    const issued = await run(() =>
      api.call('rectification.issue', { campaignId, squadIds: v.squadIds, issuedOn: toIsoDate(v.issuedOn)!, workingDays: v.workingDays, requirement: v.requirement ?? '' }),
    )
    if (!issued) return
    void message.success(t('rectification.issued', { count: issued.length }))
    form.resetFields()
    onClose(true)
  }

  return (
    <Modal
      open={open}
      title={t('rectification.issueTitle')}
      width={640}
      okText={t('rectification.issue')}
      okButtonProps={{ disabled: !open_.length, 'data-testid': 'issue-submit' } as ButtonProps}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      {campaigns.data && !closed.length ? (
        <Alert type="info" showIcon message={t('rectification.noClosedCampaign')} data-testid="no-closed-campaign" />
      ) : (
        <Form form={form} layout="vertical" initialValues={{ issuedOn: dayjs(), workingDays: DEFAULT_RECTIFICATION_WORKING_DAYS, squadIds: [] }}>
          <Form.Item name="campaignId" label={t('rectification.chooseCampaign')} rules={[{ required: true }]}>
            <Select
              data-testid="issue-campaign"
              options={closed.map((c) => ({ value: c.id, label: c.name }))}
              onChange={() => form.setFieldValue('squadIds', [])}
            />
          </Form.Item>
          {campaignId && candidates.data && (
            <Form.Item
              name="squadIds"
              label={t('rectification.squadsWithProblems')}
              rules={[{ required: true, type: 'array', min: 1 }]}
              extra={candidates.data.length === 0 ? t('rectification.noProblems') : undefined}
            >
              <Checkbox.Group style={{ width: '100%' }} data-testid="issue-squads">
                <Space direction="vertical">
                  {candidates.data.map((c) => (
                    <Checkbox key={c.squadId} value={c.squadId} disabled={c.noticeId !== null} data-testid="issue-squad">
                      {t('rectification.candidate', { squad: c.squadName, cases: c.cases, problems: c.problems })}
                      {c.noticeId !== null && <Typography.Text type="secondary">（{t('rectification.alreadyIssued')}）</Typography.Text>}
                    </Checkbox>
                  ))}
                </Space>
              </Checkbox.Group>
            </Form.Item>
          )}
          <Space size="large" align="start">
            <Form.Item name="issuedOn" label={t('rectification.issuedOn')} rules={[{ required: true }]}>
              <DatePicker allowClear={false} data-testid="issue-date" />
            </Form.Item>
            <Form.Item name="workingDays" label={t('rectification.workingDays')} rules={[{ required: true }]}>
              <InputNumber min={1} max={120} data-testid="issue-days" />
            </Form.Item>
          </Space>
          <Form.Item name="requirement" label={t('rectification.requirement')} extra={t('rectification.requirementHint')}>
            <Input.TextArea rows={3} maxLength={2000} placeholder={t('rectification.requirementPlaceholder')} data-testid="issue-requirement" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  )
}
