import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { CAMPAIGN_STATUSES } from '../../../../shared/contract/campaigns'

const COLORS = { draft: 'default', in_progress: 'processing', closed: 'success' } as const

export function CampaignStatusTag({ status }: { status: (typeof CAMPAIGN_STATUSES)[number] }) {
  const { t } = useTranslation()
  return (
    <Tag color={COLORS[status]} data-testid="campaign-status">
      {t(`campaignSetup.status.${status}`)}
    </Tag>
  )
}
