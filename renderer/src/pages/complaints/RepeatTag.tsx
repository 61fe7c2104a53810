import { Tag, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ComplaintSummary } from '../../../../shared/contract/complaints'
import { formatDate } from '../../format/date'

/** 重复投诉 ×N in red, the tooltip saying by what and over which dates. */
export function RepeatTag({ repeat }: { repeat: NonNullable<ComplaintSummary['repeat']> }) {
  const { t } = useTranslation()
  const why = t(repeat.by === 'address' ? 'complaints.repeat.byAddress' : 'complaints.repeat.byParty', {
    count: repeat.count,
    firstOn: formatDate(repeat.firstOn),
    lastOn: formatDate(repeat.lastOn),
  })
  return (
    <Tooltip title={why}>
      <Tag color="red" data-testid="complaint-repeat">
        {t('complaints.repeat.tag', { count: repeat.count })}
      </Tag>
    </Tooltip>
  )
}
