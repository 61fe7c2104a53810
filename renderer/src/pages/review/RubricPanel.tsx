import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Collapse, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Finding } from '../../../../shared/contract/checks'
import type { EvaluationState } from '../../../../shared/contract/evaluations'
import type { Rubric } from '../../../../shared/domain/rubric'
import { useFeedback } from '../../components/useFeedback'
import { formatPoints } from '../../format/points'
import type { Anchor, CurrentPlace } from './anchor'
import type { FindingActions } from './FindingList'
import { focusWhenRendered } from './keys'
import { localized } from './localized'
import { quickPhrases } from './quickPhrases'
import { RubricItemCard } from './RubricItemCard'
import { RubricPanelHeader } from './RubricPanelHeader'
import { previewScore } from './scorePreview'
import { useStable, useStableGroups } from './stableGroups'
import { useStableCallback } from './useStableCallback'
import type { ReviewActions } from './useEvaluation'
import { useRubricKeys } from './useRubricKeys'
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
  /** The reviewer's own frequent reasons per item, for the quick phrases. */
  ownReasons: Record<string, string[]> | undefined
}

const itemSelector = (itemId: string) => `[data-item-id="${CSS.escape(itemId)}"]`
const NO_PHRASES: string[] = []
type Deduction = EvaluationState['deductions'][number]
// A deduction never changes once made; a finding may get its decision or a new language.
const itemOfDeduction = (d: Deduction) => d.itemId
const sameDeduction = (a: Deduction, b: Deduction) => a.id === b.id
const itemOfFinding = (f: Finding) => f.itemId ?? ''
const sameFinding = (a: Finding, b: Finding) => a === b || JSON.stringify(a) === JSON.stringify(b)
const findingSelector = (key: string) => `[data-testid="finding"][data-key="${CSS.escape(key)}"]`

/**
 * The rubric as collapsible sections of items, then the veto items; a keyboard cursor walks the
 * items. Memoized: the page hands it the evaluation as a deferred value, so the new total shows
 * first and the rubric follows a moment later without holding it up.
 */
export const RubricPanel = memo(function RubricPanel({ rubric, state, place, documentName, onJump, actions, findings, findingActions, ownReasons }: RubricPanelProps) {
  const { t, i18n } = useTranslation()
  const { message } = useFeedback()
  const allKeys = useMemo(() => [...rubric.sections.map((s) => s.id), 'vetoes'], [rubric])
  const [expanded, setExpanded] = useState<string[]>(allKeys)
  const toggleAll = useCallback(() => setExpanded((keys) => (keys.length ? [] : allKeys)), [allKeys])
  const items = useMemo(() => rubric.sections.flatMap((s) => s.items), [rubric])
  const [activeId, setActiveId] = useState(items[0]?.id ?? null)
  const [form, setForm] = useState<{ itemId: string; optionId?: string } | null>(null)
  const locked = state.status === 'submitted'
  const score = previewScore(rubric, state)
  const sectionOf = (itemId: string | null) => rubric.sections.find((s) => s.items.some((i) => i.id === itemId))
  const unbound = useStable(findings.filter((f) => !sectionOf(f.itemId)))
  const deductionsOf = useStableGroups(state.deductions, itemOfDeduction, sameDeduction)
  const findingsOf = useStableGroups(findings, itemOfFinding, sameFinding)
  const vetoes = useStable(state.vetoes)
  const formItem = items.find((i) => i.id === form?.itemId)
  const formPhrases = useMemo(
    () => (formItem ? quickPhrases(formItem, ownReasons?.[formItem.id], i18n.language, t) : NO_PHRASES),
    [formItem, ownReasons, i18n.language, t],
  )
  const pendingProblems = findings.filter((f) => f.outcome === 'problem' && f.decision === null)

  function expand(sectionId: string | undefined) {
    if (sectionId && !expanded.includes(sectionId)) setExpanded([...expanded, sectionId])
  }
  function activate(itemId: string) {
    setActiveId(itemId)
    expand(sectionOf(itemId)?.id)
    focusWhenRendered(itemSelector(itemId))
  }
  const closedFrom = useRef<string | null>(null)
  const onForm = useCallback((itemId: string, open: boolean) => {
    setForm(open ? { itemId } : null)
    if (!open) closedFrom.current = itemId
  }, [])
  // Once the form is gone, back on its item so the next key continues from there (unless the reviewer has moved on).
  useEffect(() => {
    const itemId = closedFrom.current
    if (form || !itemId) return
    closedFrom.current = null
    if (document.activeElement && document.activeElement !== document.body) return
    document.querySelector<HTMLElement>(itemSelector(itemId))?.focus({ preventScroll: true })
  }, [form])

  /** Focuses the first problem still to decide (or the first finding), opening its section. */
  const goToFindings = useStableCallback(() => {
    const first = pendingProblems[0] ?? findings[0]
    if (!first) {
      void message.info(t('review.noFindings'))
      return
    }
    expand(sectionOf(first.itemId)?.id)
    focusWhenRendered(findingSelector(first.key), (el) => {
      el.classList.add('finding-flash')
      window.setTimeout(() => el.classList.remove('finding-flash'), 1500)
    })
  })

  const onPanelKeyDown = useRubricKeys({
    move: (delta) => {
      const index = items.findIndex((i) => i.id === activeId)
      const next = items[Math.min(items.length - 1, Math.max(0, index + delta))]
      if (next) activate(next.id)
    },
    deduct: (n) => {
      const item = items.find((i) => i.id === activeId)
      if (!item) return
      if (locked) return void message.warning(t('review.lockedNoChange'))
      const option = n === null ? item.deductions[0] : item.deductions[n - 1]
      if (!option) return void message.warning(t('review.noOption', { n }))
      const itemScore = score?.items.find((s) => s.itemId === item.id)
      if (state.notApplicable.includes(item.id) || (itemScore && itemScore.deducted >= item.maxPoints)) return void message.warning(t('review.cannotDeduct'))
      expand(sectionOf(item.id)?.id)
      setForm({ itemId: item.id, optionId: option.id })
    },
    findings: goToFindings,
    note: () => {
      if (!activeId) return
      const field = `[data-testid="note-${CSS.escape(activeId)}"]`
      if (!document.querySelector(field)) document.querySelector<HTMLElement>(`[data-testid="note-open-${CSS.escape(activeId)}"]`)?.click()
      focusWhenRendered(field)
    },
  })

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
      // A plain span: eight of these render on every save.
      extra: (
        <span className={`rubric-section-score${lost > 0 ? ' rubric-section-score-lost' : ''}`}>
          {t('review.sectionScore', {
            earned: formatPoints(sectionScore?.earned ?? section.points),
            points: formatPoints(sectionScore?.applicableMax ?? section.points),
          })}
        </span>
      ),
      children: section.items.map((item) => (
        <RubricItemCard
          key={item.id}
          item={item}
          scoreDeducted={score?.items.find((s) => s.itemId === item.id)?.deducted}
          deductions={deductionsOf(item.id)}
          notApplicable={state.notApplicable.includes(item.id)}
          note={state.notes[item.id] ?? ''}
          locked={locked}
          active={activeId === item.id}
          onActivate={setActiveId}
          form={form?.itemId === item.id ? form : null}
          onForm={onForm}
          phrases={form?.itemId === item.id ? formPhrases : NO_PHRASES}
          place={place}
          documentName={documentName}
          onJump={onJump}
          actions={actions}
          findings={findingsOf(item.id)}
          findingActions={findingActions}
        />
      )),
    }
  })

  const vetoSection = {
    key: 'vetoes',
    label: <span className="rubric-section-title">{t('review.vetoSection')}</span>,
    extra: state.vetoes.length > 0 ? <Tag color="red">{t('review.vetoActive', { count: state.vetoes.length })}</Tag> : null,
    children: <VetoPanel vetoes={rubric.vetoes} found={vetoes} locked={locked} place={place} onJump={onJump} actions={actions} />,
  }

  return (
    <div className="rubric-panel" data-testid="rubric-panel" onKeyDown={onPanelKeyDown}>
      <RubricPanelHeader
        name={localized(i18n.language, rubric.name, rubric.nameEn)}
        expanded={expanded.length > 0}
        onToggle={toggleAll}
        findingCount={findings.length}
        pendingCount={pendingProblems.length}
        unbound={unbound}
        locked={locked}
        findingActions={findingActions}
        onGoToFindings={goToFindings}
      />
      <Collapse
        size="small"
        activeKey={expanded}
        onChange={(keys) => setExpanded(keys as string[])}
        items={[...sections, vetoSection]}
        className="rubric-collapse"
      />
    </div>
  )
})
