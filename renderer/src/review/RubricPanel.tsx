import { useState } from 'react'
import { Button, Collapse, Flex, Tag, Typography } from 'antd'
import { SafetyCertificateOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Finding } from '../../../shared/contract/checks'
import type { EvaluationState } from '../../../shared/contract/evaluations'
import type { Rubric } from '../../../shared/domain/rubric'
import { formatPoints } from '../format/points'
import type { Anchor, CurrentPlace } from './anchor'
import { FindingList, type FindingActions } from './FindingList'
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
  findings: Finding[]
  findingActions: FindingActions
}

/** The rubric as collapsible sections of items, then the veto items. */
export function RubricPanel({ rubric, state, place, documentName, onJump, actions, findings, findingActions }: RubricPanelProps) {
  const { t, i18n } = useTranslation()
  const allKeys = [...rubric.sections.map((s) => s.id), 'vetoes']
  const [active, setActive] = useState<string[]>(allKeys)
  const [openForm, setOpenForm] = useState<string | null>(null)
  const locked = state.status === 'submitted'
  const score = previewScore(rubric, state)
  const sectionOf = (itemId: string | null) => rubric.sections.find((s) => s.items.some((i) => i.id === itemId))
  const unbound = findings.filter((f) => !sectionOf(f.itemId))
  const pendingProblems = findings.filter((f) => f.outcome === 'problem' && f.decision === null)

  /** Opens the section of the first problem still to decide and brings it into view. */
  function showFirstPending() {
    const first = pendingProblems[0]
    if (!first) return
    const section = sectionOf(first.itemId)
    if (section && !active.includes(section.id)) setActive([...active, section.id])
    // Give the section a moment to render and expand before scrolling.
    window.setTimeout(() => {
      const el = document.querySelector<HTMLElement>(`[data-testid="finding"][data-key="${CSS.escape(first.key)}"]`)
      if (!el) return
      el.scrollIntoView({ block: 'center', behavior: 'smooth' })
      el.classList.add('finding-flash')
      window.setTimeout(() => el.classList.remove('finding-flash'), 1500)
    }, 250)
  }

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
          findings={findings.filter((f) => f.itemId === item.id)}
          findingActions={findingActions}
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
      {findings.length > 0 && (
        <div className="findings-summary" data-testid="findings-summary" data-pending={pendingProblems.length}>
          <SafetyCertificateOutlined />{' '}
          {pendingProblems.length > 0 ? (
            <Typography.Link type="danger" onClick={showFirstPending}>
              {t('finding.summaryPending', { count: pendingProblems.length })}
            </Typography.Link>
          ) : (
            <Typography.Text type="secondary">{t('finding.summaryNone', { count: findings.length })}</Typography.Text>
          )}
          <FindingList findings={unbound} locked={locked} actions={findingActions} />
        </div>
      )}
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
