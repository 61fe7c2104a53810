import { Button, DatePicker, Empty, Flex, Input, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { BulletinContent } from '../../../../../shared/contract/bulletin'
import { fromIsoDate, toIsoDate } from '../../../format/date'
import { removeItem, replaceItem } from './draft'

type Rectification = BulletinContent['rectification']

/** 三、整改要求: the general requirement, each squad's problems to fix with its deadline, and the rest. */
export function RectificationList({ value, onChange }: { value: Rectification; onChange: (patch: Partial<Rectification>) => void }) {
  const { t } = useTranslation()
  const squads = value.squads
  return (
    <Flex vertical gap={12}>
      <Input.TextArea
        value={value.intro}
        maxLength={4000}
        autoSize={{ minRows: 2, maxRows: 8 }}
        aria-label={t('bulletin.rectification.intro')}
        placeholder={t('bulletin.rectification.intro')}
        onChange={(e) => onChange({ intro: e.target.value })}
      />
      {squads.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bulletin.rectification.none')} />}
      {squads.map((s, i) => (
        <Flex key={s.squadName} vertical gap={4} data-testid="bulletin-rectification">
          <Flex justify="space-between" align="center" gap={8} wrap>
            <Typography.Text strong>{s.squadName}</Typography.Text>
            <Flex gap={8} align="center">
              <Typography.Text type="secondary">{t('bulletin.rectification.deadline')}</Typography.Text>
              <DatePicker
                size="small"
                allowClear={false}
                value={fromIsoDate(s.deadline)}
                data-testid="bulletin-deadline"
                onChange={(d) => onChange({ squads: replaceItem(squads, i, { ...s, deadline: toIsoDate(d) ?? s.deadline }) })}
              />
              <Button size="small" type="link" danger onClick={() => onChange({ squads: removeItem(squads, i) })}>
                {t('bulletin.rectification.remove')}
              </Button>
            </Flex>
          </Flex>
          <Input.TextArea
            value={s.text}
            maxLength={4000}
            autoSize={{ minRows: 2, maxRows: 8 }}
            onChange={(e) => onChange({ squads: replaceItem(squads, i, { ...s, text: e.target.value }) })}
          />
        </Flex>
      ))}
      <Input.TextArea
        value={value.outro}
        maxLength={4000}
        autoSize={{ minRows: 1, maxRows: 4 }}
        aria-label={t('bulletin.rectification.outro')}
        placeholder={t('bulletin.rectification.outro')}
        onChange={(e) => onChange({ outro: e.target.value })}
      />
    </Flex>
  )
}
