import { Space, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { NoticeSummary } from '../../../../shared/contract/rectification'

const COLORS = { awaiting_reply: 'gold', verifying: 'blue', closed: 'green' } as const

/** Where a notice stands, and 已逾期 beside it when its deadline passed. */
export function NoticeStateTag({ notice }: { notice: Pick<NoticeSummary, 'state' | 'overdue'> }) {
  const { t } = useTranslation()
  return (
    <Space size={4} wrap>
      <Tag color={COLORS[notice.state]} data-testid="notice-state">
        {t(`rectification.states.${notice.state}`)}
      </Tag>
      {notice.overdue && (
        <Tag color="red" data-testid="notice-overdue">
          {t('rectification.overdue')}
        </Tag>
      )}
    </Space>
  )
}
