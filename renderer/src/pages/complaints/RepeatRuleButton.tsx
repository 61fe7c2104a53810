import { useState } from 'react'
import { Button, Flex, Form, InputNumber, Popover, Spin, Typography } from 'antd'
import { SettingOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { repeatRule as repeatRuleSchema, type RepeatRule } from '../../../../shared/contract/complaints'
import { api, useQuery } from '../../api'
import { useBusyCall } from '../../components/useBusyCall'
import { useFeedback } from '../../components/useFeedback'

// The contract's bounds, so the inputs refuse what the server would.
const bounds = (n: z.ZodNumber) => ({ min: n.minValue ?? undefined, max: n.maxValue ?? undefined })

function RuleForm({ initial, onSaved, onCancel }: { initial: RepeatRule; onSaved: (saved: RepeatRule) => void; onCancel: () => void }) {
  const { t } = useTranslation()
  const { message } = useFeedback()
  const { busy, run } = useBusyCall()

  async function save(values: RepeatRule) {
    const saved = await run(() => api.call('complaints.setRepeatRule', values))
    if (!saved) return
    void message.success(t('complaints.rule.saved', saved))
    onSaved(saved)
  }

  return (
    <Form layout="vertical" initialValues={initial} onFinish={(values: RepeatRule) => void save(values)} style={{ width: 280 }} data-testid="repeat-rule-form">
      <Typography.Paragraph type="secondary">{t('complaints.rule.hint')}</Typography.Paragraph>
      <Flex gap={12}>
        <Form.Item name="windowDays" label={t('complaints.rule.windowDays')} rules={[{ required: true }]}>
          <InputNumber {...bounds(repeatRuleSchema.shape.windowDays)} precision={0} suffix={t('complaints.rule.days')} data-testid="repeat-rule-days" />
        </Form.Item>
        <Form.Item name="minCount" label={t('complaints.rule.minCount')} rules={[{ required: true }]}>
          <InputNumber {...bounds(repeatRuleSchema.shape.minCount)} precision={0} suffix={t('complaints.rule.times')} data-testid="repeat-rule-count" />
        </Form.Item>
      </Flex>
      <Flex justify="flex-end" gap={8}>
        <Button size="small" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button size="small" type="primary" htmlType="submit" loading={busy} data-testid="repeat-rule-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  )
}

/** 重复投诉规则 (a lead's): ≥ minCount complaints on one address or party within windowDays. */
export function RepeatRuleButton({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const rule = useQuery('complaints.repeatRule', open ? {} : null)

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={t('complaints.rule.open')}
      destroyOnHidden
      content={
        rule.data ? (
          <RuleForm
            initial={rule.data}
            onCancel={() => setOpen(false)}
            onSaved={(saved) => {
              setOpen(false)
              rule.setData(saved)
              onChanged()
            }}
          />
        ) : rule.error ? (
          <Typography.Text type="danger">{rule.error.message}</Typography.Text>
        ) : (
          <Spin />
        )
      }
    >
      <Button icon={<SettingOutlined />} data-testid="repeat-rule-open">
        {t('complaints.rule.open')}
      </Button>
    </Popover>
  )
}
