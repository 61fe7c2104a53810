import { memo, type ReactNode } from 'react'
import { Divider, Tag, Tooltip, Typography } from 'antd'
import { ArrowLeftOutlined, PrinterOutlined, StopOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { CaseDetail } from '../../../../shared/contract/cases'
import type { EvaluationState } from '../../../../shared/contract/evaluations'
import type { Rubric } from '../../../../shared/domain/rubric'
import { GradeTag } from '../../components/tags'
import { formatPoints } from '../../format/points'
import { href } from '../../router/hash'
import { sheetsPath } from '../sheets/paths'
import { localized } from './localized'
import { useRunningScore, type RunningScoreStore } from './runningScore'
import { useStable } from './stableGroups'
import './review.css'

interface CaseInfoProps {
  detail: CaseDetail
  campaignId: number
  campaignName: string
  index: number
  count: number
}

/** The case and the place in the queue: unchanged by scoring, so a save does not render it again. */
const CaseInfo = memo(function CaseInfo({ detail, campaignId, campaignName, index, count }: CaseInfoProps) {
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
      <Typography.Text type="secondary" ellipsis style={{ maxWidth: 240 }} data-testid="review-campaign-name">
        {campaignName}
      </Typography.Text>
      <Tooltip title={t('review.progressLabel')}>
        <Tag color="default" data-testid="review-position">
          {t('review.progress', { index, count })}
        </Tag>
      </Tooltip>
      <Tooltip title={t('sheets.printOne')}>
        <a href={href(sheetsPath(campaignId, detail.id))} aria-label={t('sheets.printOne')} data-testid="review-print-sheet">
          <PrinterOutlined />
        </a>
      </Tooltip>
    </>
  )
})

/** 总分 and 等级: the one part of the page a save renders at once, and of it only what changed. */
const RunningTotal = memo(function RunningTotal({ store }: { store: RunningScoreStore }) {
  const { t } = useTranslation()
  return (
    <span className="review-score">
      <span className="review-total-label">{t('review.total')}</span>
      <TotalPoints store={store} />
      <TotalGrade store={store} />
    </span>
  )
})

/** The total, or 未评 before scoring has begun; marked 暂计 until submitted. */
function TotalPoints({ store }: { store: RunningScoreStore }) {
  const { t } = useTranslation()
  const total = useRunningScore(store, 'total')
  const stage = useRunningScore(store, 'stage')
  if (stage === 'unscored') {
    return (
      <Tooltip title={t('scoring.notScoredHint')}>
        <span className="review-total review-total-unscored" data-testid="score-total" data-stage={stage}>
          {t('scoring.notScored')}
        </span>
      </Tooltip>
    )
  }
  return (
    <>
      <span className="review-total" data-testid="score-total" data-stage={stage}>
        {total === undefined ? '' : formatPoints(total)}
      </span>
      {stage === 'provisional' && (
        <Tooltip title={t('scoring.provisionalHint')}>
          <Tag className="review-total-provisional" data-testid="score-provisional">
            {t('scoring.provisional')}
          </Tag>
        </Tooltip>
      )}
    </>
  )
}

/** The grade, given only once the evaluation is submitted. */
function TotalGrade({ store }: { store: RunningScoreStore }) {
  const grade = useRunningScore(store, 'grade')
  if (useRunningScore(store, 'stage') !== 'final') return null
  return <GradeTag grade={grade} testId="grade-badge" large />
}

const VetoBanner = memo(function VetoBanner({ vetoes, rubric }: { vetoes: EvaluationState['vetoes']; rubric: Rubric }) {
  const { t, i18n } = useTranslation()
  if (vetoes.length === 0) return null
  const titles = vetoes.map((v) => {
    const veto = rubric.vetoes.find((r) => r.id === v.vetoId)
    return veto ? `${veto.id} ${localized(i18n.language, veto.title, veto.titleEn)}` : v.vetoId
  })
  return (
    <div className="review-vetoes" data-testid="review-vetoes">
      <StopOutlined /> {t('review.vetoed', { titles: titles.join(t('common.listSeparator')) })}
    </div>
  )
})

interface ReviewTopBarProps {
  /** The case under review; absent for an A/V record or a complaint, which `subject` names instead. */
  detail?: CaseDetail
  subject?: ReactNode
  state: EvaluationState
  score: RunningScoreStore
  rubric: Rubric
}

/** Who and what is under review, where the reviewer is in the queue, and the running result. */
export function ReviewTopBar({ detail, subject, state, score, rubric }: ReviewTopBarProps) {
  const vetoes = useStable(state.vetoes)
  return (
    <div className="review-topbar" data-testid="review-topbar">
      <div className="review-topbar-row">
        {detail ? <CaseInfo detail={detail} campaignId={state.campaignId} campaignName={state.campaignName} index={state.position.index} count={state.position.count} /> : subject}
        <RunningTotal store={score} />
      </div>
      <VetoBanner vetoes={vetoes} rubric={rubric} />
    </div>
  )
}
