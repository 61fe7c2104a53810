import { Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AdjudicationReview } from '../../../../shared/contract/adjudication'
import { formatPoints } from '../../format/points'

/** What one reviewer recorded on one item: not applicable, or each deduction with reason and page, and a note. */
export function ReviewCell({ review, itemId, testId }: { review: AdjudicationReview; itemId: string; testId: string }) {
  const { t } = useTranslation()
  const deductions = review.deductions.filter((d) => d.itemId === itemId)
  const note = review.notes[itemId]
  return (
    <div data-testid={testId}>
      {review.notApplicable.includes(itemId) ? (
        <Tag>{t('adjudication.notApplicable')}</Tag>
      ) : deductions.length === 0 ? (
        <Typography.Text type="secondary">{t('adjudication.noDeduction')}</Typography.Text>
      ) : (
        deductions.map((d, i) => (
          <div key={i}>
            <Typography.Text type="danger" strong>
              {t('adjudication.deducted', { points: formatPoints(d.points) })}
            </Typography.Text>
            {d.reason && <span>{t('adjudication.sep') + d.reason}</span>}
            {d.page !== null && <Typography.Text type="secondary">{t('adjudication.page', { page: d.page })}</Typography.Text>}
          </div>
        ))
      )}
      {note && (
        <div>
          <Typography.Text type="secondary" italic>
            {t('adjudication.note', { note })}
          </Typography.Text>
        </div>
      )}
    </div>
  )
}
