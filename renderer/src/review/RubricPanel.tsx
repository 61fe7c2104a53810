import { useState } from 'react'
import { Button, Collapse, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { EvaluationState } from '../../../shared/contract/evaluations'
import type { Rubric } from '../../../shared/domain/rubric'
import { formatPoints } from '../format/points'
import type { Anchor, CurrentPlace } from './anchor'
import { localized } from './localized'
import { RubricItemCard } from './RubricItemCard'
import { previewScore } from './scorePreview'
import type { ReviewActions } from './useEvaluation'
import { VetoPanel } from './VetoPanel'

interface RubricPanelProps {
  rubric: Rubric
  state: EvaluationState
  place: CurrentPlace
  documentName: (documentId: number | null) => string | null
  onJump: (anchor: Anchor) => void
  actions: ReviewActions
}

/** The rubric as collapsible sections of items, then the veto items. */
export function RubricPanel({ rubric, state, place, documentName, onJump, actions }: RubricPanelProps) {
  const { t, i18n } = useTranslation()
  const allKeys = [...rubric.sections.map((s) => s.id), 'vetoes']
  const [active, setActive] = useState<string[]>(allKeys)
  const [openForm, setOpenForm] = useState<string | null>(null)
  const locked = state.status === 'submitted'
  const score = previewScore(rubric, state)

  const sections = rubric.sections.map((section) => {
    const sectionScore = score?.sections.find((s) => s.sectionId === section.id)
    const lost = sectionScore ? sectionScore.applicableMax - sectionScore.earned : 0
    return {
      key: section.id,
      label: (
        <span className="rubric-section-title">
          {section.id} {localized(i18n.language, section.title, section.titleEn)}
        </span>
      ),
      extra: (
        <Typography.Text type={lost > 0 ? 'danger' : 'secondary'} className="rubric-section-score">
          {t('review.sectionScore', {
            earned: formatPoints(sectionScore?.earned ?? section.points),
            points: formatPoints(sectionScore?.applicableMax ?? section.points),
          })}
        </Typography.Text>
      ),
      children: section.items.map((item) => (
        <RubricItemCard
          key={item.id}
          item={item}
          score={score?.items.find((s) => s.itemId === item.id)}
          deductions={state.deductions.filter((d) => d.itemId === item.id)}
          notApplicable={state.notApplicable.includes(item.id)}
          note={state.notes[item.id] ?? ''}
          locked={locked}
          formOpen={openForm === item.id}
          onFormOpen={(open) => setOpenForm(open ? item.id : null)}
          place={place}
          documentName={documentName}
          onJump={onJump}
          actions={actions}
        />
      )),
    }
  })

  const vetoSection = {
    key: 'vetoes',
    label: <span className="rubric-section-title">{t('review.vetoSection')}</span>,
    extra: state.vetoes.length > 0 ? <Tag color="red">{t('review.vetoActive', { count: state.vetoes.length })}</Tag> : null,
    children: <VetoPanel vetoes={rubric.vetoes} found={state.vetoes} locked={locked} place={place} onJump={onJump} actions={actions} />,
  }

  return (
    <div className="rubric-panel" data-testid="rubric-panel">
      <Flex justify="space-between" align="center" className="rubric-panel-header">
        <Typography.Text strong ellipsis>
          {localized(i18n.language, rubric.name, rubric.nameEn)}
        </Typography.Text>
        <Button size="small" type="link" onClick={() => setActive(active.length ? [] : allKeys)}>
          {active.length ? t('review.collapseAll') : t('review.expandAll')}
        </Button>
      </Flex>
      <Collapse
        size="small"
        activeKey={active}
        onChange={(keys) => setActive(keys as string[])}
        items={[...sections, vetoSection]}
        className="rubric-collapse"
      />
    </div>
  )
}
