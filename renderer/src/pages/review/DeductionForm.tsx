import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { Alert, Button, Flex, Input, InputNumber, Radio, Tag, Tooltip, Typography, type InputRef } from 'antd'
import { BorderOutlined, CloseOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { isRangeOption, toTenths, type DeductionOption, type RubricItem } from '../../../../shared/domain/rubric'
import { deductionPoints } from '../../../../shared/domain/scoring'
import { formatPoints } from '../../format/points'
import type { CurrentPlace } from './anchor'
import { useEvidencePicker, type EvidencePick } from './evidence'
import { SHOW_SAVING_AFTER_MS, type ReviewActions } from './useEvaluation'
import { localized } from './localized'
import { digitOf, isComposing, isControl } from './keys'
import { QuickPhrases } from './QuickPhrases'
import { insertPhrase } from './quickPhrases'

interface DeductionFormProps {
  item: RubricItem
  /** Points still deductible on this item. */
  remaining: number
  place: CurrentPlace
  /** The option chosen on opening (a digit key picks it); the first one otherwise. */
  initialOptionId?: string
  /** Quick phrases, inserted into the reason by Alt+1 … Alt+9 or a click. */
  phrases: string[]
  onSubmit: ReviewActions['addDeduction']
  onClose: () => void
}

function optionHint(t: TFunction, option: DeductionOption): string {
  return isRangeOption(option)
    ? t('deduction.range', { min: formatPoints(option.min), max: formatPoints(option.max) })
    : t('deduction.perOccurrence', { points: formatPoints(option.points) })
}

/** The option with this id, else the item's first: the rubric schema gives every item at least one. */
function optionOf(item: RubricItem, id: string | undefined): DeductionOption {
  const option = item.deductions.find((o) => o.id === id) ?? item.deductions[0]
  if (!option) throw new Error(`rubric item ${item.id} has no deduction options`)
  return option
}

/** 扣分: pick the finding, how much, why, and which page shows it (default: the page on screen). */
export function DeductionForm({ item, remaining, place, initialOptionId, phrases, onSubmit, onClose }: DeductionFormProps) {
  const { t, i18n } = useTranslation()
  const label = (o: DeductionOption) => localized(i18n.language, o.label, o.labelEn)
  const [optionId, setOptionId] = useState(initialOptionId ?? optionOf(item, undefined).id)
  const option = optionOf(item, optionId)
  const reasonInput = useRef<InputRef>(null)
  const [occurrences, setOccurrences] = useState<number | null>(1)
  const [amount, setAmount] = useState<number | null>(isRangeOption(option) ? option.min : null)
  const [reason, setReason] = useState(label(option))
  const [reasonTouched, setReasonTouched] = useState(false)
  // The page follows the viewer until the reviewer types one.
  const [typedPage, setTypedPage] = useState<{ value: number | null } | null>(null)
  const page = typedPage ? typedPage.value : place.page
  const [busy, setBusy] = useState(false)
  const submitting = useRef(false)
  // 框选证据: a box on a page; it fixes the page (typing another page drops the box).
  const picker = useEvidencePicker()
  const [evidence, setEvidence] = useState<EvidencePick | null>(null)
  const [drawing, setDrawing] = useState(false)
  const drawingNow = drawing && picker.active
  const { cancel: cancelPicking } = picker
  useEffect(() => {
    if (!picker.active) setDrawing(false)
  }, [picker.active])
  const drawingRef = useRef(false)
  drawingRef.current = drawingNow
  useEffect(
    () => () => {
      if (drawingRef.current) cancelPicking()
    },
    [cancelPicking],
  )
  function draw() {
    setDrawing(true)
    picker.start((pick) => {
      setDrawing(false)
      setEvidence(pick)
      setTypedPage(null)
    })
  }
  const shownPage = evidence ? evidence.page : page

  let points: number | null = null
  try {
    points = isRangeOption(option)
      ? deductionPoints(item, option.id, { amount: amount ?? undefined })
      : deductionPoints(item, option.id, { occurrences: occurrences ?? undefined })
  } catch {
    points = null
  }
  const exceeds = points !== null && toTenths(points) > toTenths(remaining)
  const canSubmit = points !== null && points > 0 && !exceeds && reason.trim() !== '' && !busy

  function choose(id: string) {
    const next = optionOf(item, id)
    setOptionId(id)
    setOccurrences(1)
    setAmount(isRangeOption(next) ? next.min : null)
    if (!reasonTouched) setReason(label(next))
  }

  async function submit() {
    if (!canSubmit || points === null || submitting.current) return
    submitting.current = true
    const deduction = {
      itemId: item.id,
      optionId: option.id,
      points,
      reason: reason.trim(),
      documentId: evidence ? evidence.documentId : page === null ? null : place.documentId,
      page: evidence ? evidence.page : page,
      rect: evidence?.rect ?? null,
    }
    // Sent first; the button shows it is busy only if the save is slow.
    const saving = onSubmit(deduction, onClose)
    const slow = window.setTimeout(() => setBusy(true), SHOW_SAVING_AFTER_MS)
    const ok = await saving
    window.clearTimeout(slow)
    submitting.current = false
    // On success the form has already closed, together with the new total.
    if (!ok) setBusy(false)
  }

  function insert(phrase: string) {
    setReason((current) => insertPhrase(current, phrase, !reasonTouched, t('review.phraseSeparator')))
    setReasonTouched(true)
    // Typing goes on after the phrase.
    requestAnimationFrame(() => reasonInput.current?.focus({ cursor: 'end' }))
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault()
      onClose()
      return
    }
    const digit = e.altKey && !e.ctrlKey && !e.metaKey ? digitOf(e) : null
    if (digit !== null) {
      e.preventDefault()
      const phrase = phrases[digit - 1]
      if (phrase) insert(phrase)
      return
    }
    // Enter (or Ctrl+Enter, which outside the form means next case) saves; buttons keep their own Enter.
    if (e.key === 'Enter' && !isComposing(e) && !isControl(e.target)) {
      e.preventDefault()
      void submit()
    }
  }

  return (
    <div className="deduction-form" data-testid={`deduction-form-${item.id}`} onKeyDown={onKeyDown}>
      <Typography.Text strong>{t('deduction.option')}</Typography.Text>
      <Radio.Group value={optionId} onChange={(e) => choose(e.target.value as string)} className="deduction-options">
        <Flex vertical gap={4}>
          {item.deductions.map((o) => (
            <Radio key={o.id} value={o.id} data-testid={`deduction-option-${o.id}`}>
              <Typography.Text keyboard className="deduction-option-key">
                {item.deductions.indexOf(o) + 1}
              </Typography.Text>
              {label(o)} <Typography.Text type="secondary">{t('deduction.hint', { hint: optionHint(t, o) })}</Typography.Text>
            </Radio>
          ))}
        </Flex>
      </Radio.Group>

      <Flex gap={16} wrap align="center" style={{ marginTop: 8 }}>
        {isRangeOption(option) ? (
          <label className="inline-field">
            {t('deduction.amount')}
            <InputNumber size="small" min={option.min} max={option.max} step={0.5} precision={1} value={amount} onChange={setAmount} style={{ width: 80 }} data-testid="deduction-amount" />
          </label>
        ) : (
          <label className="inline-field">
            {t('deduction.occurrences')}
            <InputNumber size="small" min={1} max={99} precision={0} value={occurrences} onChange={setOccurrences} style={{ width: 64 }} data-testid="deduction-occurrences" />
          </label>
        )}
        {place.page !== null && (
          <label className="inline-field">
            {t('deduction.page')}
            {place.documentName && page !== null && (
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: 140 }}>
                {place.documentName}
              </Typography.Text>
            )}
            <InputNumber
              size="small"
              min={1}
              precision={0}
              value={shownPage}
              onChange={(value) => {
                setEvidence(null)
                setTypedPage({ value })
              }}
              style={{ width: 64 }}
              data-testid="deduction-page"
            />
          </label>
        )}
        <Typography.Text type={exceeds ? 'danger' : 'secondary'}>
          {points !== null ? t('deduction.thisTime', { points: formatPoints(points) }) : ''}
          {' · '}
          {t('deduction.remaining', { points: formatPoints(remaining) })}
        </Typography.Text>
      </Flex>

      <label className="block-field">
        {t('deduction.reason')}
        <Input
          ref={reasonInput}
          size="small"
          value={reason}
          maxLength={1000}
          status={reason.trim() === '' ? 'error' : undefined}
          onChange={(e) => {
            setReason(e.target.value)
            setReasonTouched(true)
          }}
          data-testid="deduction-reason"
          autoFocus
        />
      </label>
      <QuickPhrases phrases={phrases} onInsert={insert} />
      {place.page !== null && (
        <Flex align="center" gap={8} wrap style={{ marginTop: 8 }}>
          {drawingNow ? (
            <>
              <Typography.Text type="secondary" data-testid="evidence-drawing">
                <BorderOutlined /> {t('deduction.drawing')}
              </Typography.Text>
              <Button size="small" type="link" onClick={() => picker.cancel()}>
                {t('common.cancel')}
              </Button>
            </>
          ) : (
            <Tooltip title={t('deduction.drawEvidenceHint')}>
              <Button size="small" icon={<BorderOutlined />} onClick={draw} disabled={place.documentId === null} data-testid="evidence-draw">
                {t('deduction.drawEvidence')}
              </Button>
            </Tooltip>
          )}
          {evidence && (
            <Tag color="orange" closable onClose={() => setEvidence(null)} closeIcon={<CloseOutlined aria-label={t('deduction.evidenceClear')} />} data-testid="evidence-drawn">
              <BorderOutlined /> {t('deduction.evidenceDrawn', { page: evidence.page })}
            </Tag>
          )}
        </Flex>
      )}
      {exceeds && <Alert type="error" showIcon title={t('deduction.exceeds', { remaining: formatPoints(remaining) })} style={{ marginTop: 8 }} />}

      <Flex justify="flex-end" gap={8} style={{ marginTop: 8 }}>
        <Button size="small" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button size="small" type="primary" danger disabled={!canSubmit} loading={busy} onClick={submit} data-testid="deduction-form-submit">
          {t('deduction.submit')}
        </Button>
      </Flex>
    </div>
  )
}
