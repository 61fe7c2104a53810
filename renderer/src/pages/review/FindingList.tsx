import { memo, useRef, useState, type KeyboardEvent } from 'react'
import { Button, Flex, Input, Tag, Tooltip, Typography } from 'antd'
import { CheckOutlined, CloseOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Finding } from '../../../../shared/contract/checks'
import { formatPoints } from '../../format/points'
import { isComposing, noModifier } from './keys'

const OUTCOME_COLOR: Record<Finding['outcome'], string> = { problem: 'red', unknown: 'orange', ok: 'green' }
const FINDING = '[data-testid="finding"]'

/** Both resolve to whether the call succeeded; the caller replaces findings and evaluation state. */
export interface FindingActions {
  confirm: (key: string) => Promise<boolean>
  override: (key: string, reason: string) => Promise<boolean>
}

interface FindingListProps {
  findings: Finding[]
  locked: boolean
  actions: FindingActions
}

/** The automatic findings bound to one rubric item: what the case data shows, and the reviewer's call. */
export const FindingList = memo(function FindingList({ findings, locked, actions }: FindingListProps) {
  if (findings.length === 0) return null
  return (
    <ul className="finding-list">
      {findings.map((f) => (
        <FindingRow key={f.key} finding={f} locked={locked} actions={actions} />
      ))}
    </ul>
  )
})

/** J/K walk the findings of the whole panel in screen order. */
function focusSibling(from: HTMLElement, delta: 1 | -1) {
  const all = [...(from.closest('[data-testid="rubric-panel"]')?.querySelectorAll<HTMLElement>(FINDING) ?? [])]
  const next = all[all.indexOf(from) + delta]
  if (!next) return
  next.scrollIntoView({ block: 'nearest' })
  next.focus({ preventScroll: true })
}

function FindingRow({ finding: f, locked, actions }: { finding: Finding; locked: boolean; actions: FindingActions }) {
  const { t } = useTranslation()
  const [overriding, setOverriding] = useState(false)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const row = useRef<HTMLLIElement>(null)
  const pending = f.outcome === 'problem' && f.decision === null
  const canConfirm = pending && !locked && f.proposal !== null

  async function confirm() {
    setBusy(true)
    await actions.confirm(f.key)
    setBusy(false)
  }
  async function override() {
    if (!reason.trim()) return
    setBusy(true)
    const ok = await actions.override(f.key, reason.trim())
    setBusy(false)
    if (ok) {
      setOverriding(false)
      setReason('')
      row.current?.focus()
    }
  }
  function stopOverriding() {
    setOverriding(false)
    row.current?.focus()
  }

  // Keys of the focused finding itself; its input and buttons keep theirs.
  function onKeyDown(e: KeyboardEvent<HTMLLIElement>) {
    if (e.target !== e.currentTarget || !noModifier(e) || busy) return
    let handled = true
    if ((e.code === 'KeyY' || e.key === 'Enter') && canConfirm) void confirm()
    else if (e.code === 'KeyN' && pending && !locked) setOverriding(true)
    else if (e.code === 'KeyJ' || e.key === 'ArrowDown') focusSibling(e.currentTarget, 1)
    else if (e.code === 'KeyK' || e.key === 'ArrowUp') focusSibling(e.currentTarget, -1)
    else if (e.key === 'Escape') e.currentTarget.closest<HTMLElement>('.rubric-item')?.focus()
    else handled = false
    if (handled) e.preventDefault()
  }

  return (
    <li ref={row} className={`finding finding-${f.outcome}`} tabIndex={-1} onKeyDown={onKeyDown} data-testid="finding" data-key={f.key} data-outcome={f.outcome}>
      <Flex gap={6} align="flex-start">
        <Tag color={OUTCOME_COLOR[f.outcome]} className="finding-tag">
          {t(`finding.outcome.${f.outcome}`)}
        </Tag>
        <div className="finding-body">
          {/* The message already names the due date, the actual date, the days over and the article. */}
          <Typography.Text className="finding-message" data-testid="finding-message">
            {f.message}
          </Typography.Text>
          {f.decision && (
            <div className="finding-decision" data-testid="finding-decision" data-kind={f.decision.kind}>
              {f.decision.kind === 'confirmed' ? (
                <Typography.Text type="success">
                  <CheckOutlined /> {t('finding.confirmed')}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary">
                  <CloseOutlined /> {t('finding.overridden', { reason: f.decision.reason })}
                </Typography.Text>
              )}
            </div>
          )}
          {pending && !locked && !overriding && (
            <Flex gap={8} align="center" wrap className="finding-actions">
              {f.proposal && (
                <Tooltip title={t('finding.confirmHint')}>
                  <Button size="small" danger loading={busy} onClick={confirm} data-testid="finding-confirm">
                    {t('finding.confirm', { points: formatPoints(f.proposal.points) })}
                  </Button>
                </Tooltip>
              )}
              <Button size="small" disabled={busy} onClick={() => setOverriding(true)} data-testid="finding-override">
                {t('finding.override')}
              </Button>
              <Typography.Text type="secondary" className="finding-keys">
                {t('review.findingKeys')}
              </Typography.Text>
            </Flex>
          )}
          {pending && !locked && overriding && (
            <Flex gap={6} className="finding-actions">
              <Input
                size="small"
                autoFocus
                value={reason}
                maxLength={1000}
                placeholder={t('finding.overrideReason')}
                status={reason.trim() ? undefined : 'warning'}
                onChange={(e) => setReason(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') {
                    e.preventDefault()
                    stopOverriding()
                  } else if (e.key === 'Enter' && !isComposing(e)) {
                    // Also Ctrl+Enter: in this field it saves, it does not leave the case.
                    e.preventDefault()
                    void override()
                  }
                }}
                data-testid="finding-override-reason"
              />
              <Button size="small" type="primary" disabled={!reason.trim()} loading={busy} onClick={override} data-testid="finding-override-submit">
                {t('finding.overrideSubmit')}
              </Button>
              <Button size="small" type="text" disabled={busy} onClick={stopOverriding}>
                {t('common.cancel')}
              </Button>
            </Flex>
          )}
        </div>
      </Flex>
    </li>
  )
}
