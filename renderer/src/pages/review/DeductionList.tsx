import { Button, Popconfirm, Tooltip, Typography } from 'antd'
import { BorderOutlined, DeleteOutlined, FileSearchOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { EvaluationState } from '../../../../shared/contract/evaluations'
import { formatPoints } from '../../format/points'
import type { Anchor } from './anchor'
import { TypicalMarkButton } from './TypicalMarkButton'
import './review.css'

type Deduction = EvaluationState['deductions'][number]

interface DeductionListProps {
  deductions: Deduction[]
  locked: boolean
  /** The rubric's words for a deduction option, shown when the reviewer gave no reason of their own. */
  optionLabel: (optionId: string) => string | null
  documentName: (documentId: number | null) => string | null
  onJump: (anchor: Anchor) => void
  onRemove: (deductionId: number) => Promise<boolean>
}

/** The deductions recorded on one item: points, reason, the page that shows it. */
export function DeductionList({ deductions, locked, optionLabel, documentName, onJump, onRemove }: DeductionListProps) {
  const { t } = useTranslation()
  if (deductions.length === 0) return null
  return (
    <ul className="deduction-list">
      {deductions.map((d) => (
        <li key={d.id} data-testid="deduction" data-deduction-id={d.id}>
          <span className="deduction-points">−{formatPoints(d.points)}</span>
          <Typography.Text className="deduction-reason">{d.reason || (d.optionId && optionLabel(d.optionId)) || '—'}</Typography.Text>
          {d.page !== null && (
            <Tooltip title={documentName(d.documentId) ?? undefined}>
              <Typography.Link
                className="deduction-anchor"
                onClick={() => onJump({ documentId: d.documentId, page: d.page, rect: d.rect })}
                data-testid="deduction-page-link"
                data-has-rect={d.rect ? 'true' : 'false'}
              >
                <FileSearchOutlined /> {t('review.page', { page: d.page })}
                {d.rect && (
                  <Tooltip title={t('deduction.evidenceRect')}>
                    <BorderOutlined className="deduction-evidence-icon" data-testid="deduction-evidence-icon" aria-label={t('deduction.evidenceRect')} />
                  </Tooltip>
                )}
              </Typography.Link>
            </Tooltip>
          )}
          <TypicalMarkButton deductionId={d.id} />
          {!locked && (
            <Popconfirm title={t('review.deleteDeductionConfirm')} onConfirm={() => onRemove(d.id)} okButtonProps={{ danger: true }}>
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} data-testid="deduction-delete" />
            </Popconfirm>
          )}
        </li>
      ))}
    </ul>
  )
}
