import { Button, Flex, Switch, Tag, Typography } from 'antd'
import { MinusCircleOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Finding } from '../../../shared/contract/checks'
import type { EvaluationState } from '../../../shared/contract/evaluations'
import type { RubricItem } from '../../../shared/domain/rubric'
import type { ItemScore } from '../../../shared/domain/scoring'
import { formatPoints } from '../format/points'
import type { Anchor, CurrentPlace } from './anchor'
import { DeductionForm } from './DeductionForm'
import { DeductionList } from './DeductionList'
import { FindingList, type FindingActions } from './FindingList'
import { ItemNote } from './ItemNote'
import { localized } from './localized'
import type { ReviewActions } from './useEvaluation'

interface RubricItemCardProps {
  item: RubricItem
  score: ItemScore | undefined
  deductions: EvaluationState['deductions']
  notApplicable: boolean
  note: string
  locked: boolean
  formOpen: boolean
  onFormOpen: (open: boolean) => void
  place: CurrentPlace
  documentName: (documentId: number | null) => string | null
  onJump: (anchor: Anchor) => void
  actions: ReviewActions
  findings: Finding[]
  findingActions: FindingActions
}

/** One 评查要点: its maximum, what has been deducted and why, and the 扣分 action. */
export function RubricItemCard(props: RubricItemCardProps) {
  const { item, score, deductions, notApplicable, note, locked, formOpen, onFormOpen, place, documentName, onJump, actions, findings, findingActions } = props
  const { t, i18n } = useTranslation()
  const deducted = deductions.reduce((sum, d) => sum + d.points, 0)
  const remaining = Math.max(0, Math.round((item.maxPoints - deducted) * 10) / 10)

  return (
    <div
      className={`rubric-item${notApplicable ? ' rubric-item-na' : ''}${deducted > 0 ? ' rubric-item-deducted' : ''}`}
      data-testid={`rubric-item-${item.id}`}
      data-deducted={formatPoints(score?.deducted ?? deducted)}
      data-not-applicable={notApplicable ? 'true' : 'false'}
    >
      <Flex justify="space-between" align="flex-start" gap={8}>
        <div className="rubric-item-title">
          <span className="rubric-item-id">{item.id}</span>
          {localized(i18n.language, item.title, item.titleEn)}
          {item.basicElement && (
            <Tag color="gold" className="rubric-item-tag">
              {t('review.basicElement')}
            </Tag>
          )}
        </div>
        <Flex vertical align="flex-end" className="rubric-item-points">
          <Typography.Text type="secondary">{t('review.maxPoints', { points: formatPoints(item.maxPoints) })}</Typography.Text>
          {notApplicable ? (
            <Tag>{t('review.notApplicableShort')}</Tag>
          ) : (
            deducted > 0 && <Typography.Text type="danger" strong>{t('review.deducted', { points: formatPoints(score?.deducted ?? deducted) })}</Typography.Text>
          )}
        </Flex>
      </Flex>

      <FindingList findings={findings} locked={locked} actions={findingActions} />

      <DeductionList deductions={deductions} locked={locked} documentName={documentName} onJump={onJump} onRemove={actions.removeDeduction} />

      {formOpen && !locked && !notApplicable ? (
        <DeductionForm item={item} remaining={remaining} place={place} onSubmit={actions.addDeduction} onClose={() => onFormOpen(false)} />
      ) : (
        <Flex align="center" gap={12} wrap className="rubric-item-actions">
          {!locked && (
            <Button
              size="small"
              icon={<MinusCircleOutlined />}
              disabled={notApplicable || remaining <= 0}
              onClick={() => onFormOpen(true)}
              data-testid={`deduct-${item.id}`}
            >
              {t('review.deduct')}
            </Button>
          )}
          {item.notApplicableAllowed && (
            <label className="inline-field">
              <Switch
                size="small"
                checked={notApplicable}
                disabled={locked || (!notApplicable && deductions.length > 0)}
                onChange={(checked) => actions.setNotApplicable(item.id, checked)}
                data-testid={`na-${item.id}`}
              />
              {t('review.notApplicable')}
            </label>
          )}
          <ItemNote itemId={item.id} note={note} locked={locked} onSave={(text) => actions.setNote(item.id, text)} />
        </Flex>
      )}
    </div>
  )
}
