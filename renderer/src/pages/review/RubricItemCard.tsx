import { memo } from 'react'
import { Button, Flex, Switch, Tag, Typography } from 'antd'
import { MinusCircleOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Finding } from '../../../../shared/contract/checks'
import type { EvaluationState } from '../../../../shared/contract/evaluations'
import type { RubricItem } from '../../../../shared/domain/rubric'
import { formatPoints } from '../../format/points'
import type { Anchor, CurrentPlace } from './anchor'
import { DeductionForm } from './DeductionForm'
import { DeductionList } from './DeductionList'
import { FindingList, type FindingActions } from './FindingList'
import { ItemNote } from './ItemNote'
import { localized } from './localized'
import type { ReviewActions } from './useEvaluation'

interface RubricItemCardProps {
  item: RubricItem
  /** What scoring counts as deducted (capped at the maximum); the rows' sum until scored. */
  scoreDeducted: number | undefined
  deductions: EvaluationState['deductions']
  notApplicable: boolean
  note: string
  locked: boolean
  /** The keyboard cursor is on this item. */
  active: boolean
  onActivate: (itemId: string) => void
  /** The deduction form, if open on this item, with the option it opened on. */
  form: { optionId?: string } | null
  onForm: (itemId: string, open: boolean) => void
  phrases: string[]
  place: CurrentPlace
  documentName: (documentId: number | null) => string | null
  onJump: (anchor: Anchor) => void
  actions: ReviewActions
  findings: Finding[]
  findingActions: FindingActions
}

/** One 评查要点: its maximum, what has been deducted and why, and the 扣分 action. Memoized: a save re-renders only the items it touched. */
export const RubricItemCard = memo(function RubricItemCard(props: RubricItemCardProps) {
  const { item, scoreDeducted, deductions, notApplicable, note, locked, active, onActivate, form, onForm, phrases, place, documentName, onJump, actions, findings, findingActions } = props
  const { t, i18n } = useTranslation()
  const deducted = deductions.reduce((sum, d) => sum + d.points, 0)
  const remaining = Math.max(0, Math.round((item.maxPoints - deducted) * 10) / 10)

  return (
    <div
      className={`rubric-item${notApplicable ? ' rubric-item-na' : ''}${deducted > 0 ? ' rubric-item-deducted' : ''}${active ? ' rubric-item-active' : ''}`}
      tabIndex={active ? 0 : -1}
      onFocus={() => !active && onActivate(item.id)}
      data-item-id={item.id}
      data-active={active ? 'true' : 'false'}
      data-testid={`rubric-item-${item.id}`}
      data-deducted={formatPoints(scoreDeducted ?? deducted)}
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
            deducted > 0 && <Typography.Text type="danger" strong>{t('review.deducted', { points: formatPoints(scoreDeducted ?? deducted) })}</Typography.Text>
          )}
        </Flex>
      </Flex>

      <FindingList findings={findings} locked={locked} actions={findingActions} />

      <DeductionList
        deductions={deductions}
        locked={locked}
        optionLabel={(optionId) => {
          const option = item.deductions.find((o) => o.id === optionId)
          return option ? localized(i18n.language, option.label, option.labelEn) : null
        }}
        documentName={documentName}
        onJump={onJump}
        onRemove={actions.removeDeduction}
      />

      {form && !locked && !notApplicable ? (
        <DeductionForm
          item={item}
          remaining={remaining}
          place={place}
          initialOptionId={form.optionId}
          phrases={phrases}
          onSubmit={actions.addDeduction}
          onClose={() => onForm(item.id, false)}
        />
      ) : (
        <Flex align="center" gap={12} wrap className="rubric-item-actions">
          {!locked && (
            <Button
              size="small"
              icon={<MinusCircleOutlined />}
              disabled={notApplicable || remaining <= 0}
              onClick={() => onForm(item.id, true)}
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
          <ItemNote itemId={item.id} note={note} locked={locked} onSave={actions.setNote} />
        </Flex>
      )}
    </div>
  )
})
