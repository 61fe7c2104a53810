import { memo } from 'react'
import { Divider, Flex, Tag, Tooltip, Typography } from 'antd'
import { ArrowLeftOutlined, StopOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { CaseDetail } from '../../../shared/contract/cases'
import type { EvaluationState } from '../../../shared/contract/evaluations'
import type { Rubric } from '../../../shared/domain/rubric'
import { GradeTag } from '../components/tags'
import { formatPoints } from '../format/points'
import { href } from '../router/hash'
import { localized } from './localized'

interface CaseInfoProps {
  detail: CaseDetail
  campaignName: string
  index: number
  count: number
}

/** The case and the place in the queue: unchanged by scoring, so a save does not render it again. */
const CaseInfo = memo(function CaseInfo({ detail, campaignName, index, count }: CaseInfoProps) {
  const { t } = useTranslation()
  return (
    <>
      <a href={href('/')} className="review-back" title={t('review.backToWorkbench')}>
        <ArrowLeftOutlined />
      </a>
      <Typography.Text strong className="review-case-number" data-testid="review-case-number">
        <a href={href(`/cases/${detail.id}`)}>{detail.caseNumber}</a>
      </Typography.Text>
      <Typography.Text ellipsis style={{ maxWidth: 220 }}>
        {detail.party}
      </Typography.Text>
      <Typography.Text type="secondary">{detail.squadName}</Typography.Text>
      <Tag>{t(`enums.procedure.${detail.procedure}`)}</Tag>
      <Divider orientation="vertical" />
      <Typography.Text type="secondary" ellipsis style={{ maxWidth: 240 }}>
        {campaignName}
      </Typography.Text>
      <Tooltip title={t('review.progressLabel')}>
        <Tag color="default" data-testid="review-position">
          {t('review.progress', { index, count })}
        </Tag>
      </Tooltip>
    </>
  )
})

/** Who and what is under review, where the reviewer is in the queue, and the running result. */
export function ReviewTopBar({ detail, state, rubric }: { detail: CaseDetail; state: EvaluationState; rubric: Rubric }) {
  const { t, i18n } = useTranslation()
  const vetoTitles = state.vetoes.map((v) => {
    const veto = rubric.vetoes.find((r) => r.id === v.vetoId)
    return veto ? `${veto.id} ${localized(i18n.language, veto.title, veto.titleEn)}` : v.vetoId
  })
  return (
    <div className="review-topbar" data-testid="review-topbar">
      <Flex align="center" gap={12} wrap className="review-topbar-row">
        <CaseInfo detail={detail} campaignName={state.campaignName} index={state.position.index} count={state.position.count} />
        <Flex align="center" gap={8} className="review-score">
          <Typography.Text type="secondary">{t('review.total')}</Typography.Text>
          <span className="review-total" data-testid="score-total">
            {formatPoints(state.total)}
          </span>
          <GradeTag grade={state.grade} testId="grade-badge" large />
        </Flex>
      </Flex>
      {vetoTitles.length > 0 && (
        <div className="review-vetoes" data-testid="review-vetoes">
          <StopOutlined /> {t('review.vetoed', { titles: vetoTitles.join(t('common.listSeparator')) })}
        </div>
      )}
    </div>
  )
}
