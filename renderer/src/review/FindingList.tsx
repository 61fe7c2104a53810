import { useState } from 'react'
import { Button, Flex, Input, Tag, Tooltip, Typography } from 'antd'
import { CheckOutlined, CloseOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Finding } from '../../../shared/contract/checks'
import { formatLongDate } from '../format/date'
import { formatPoints } from '../format/points'

const OUTCOME_COLOR: Record<Finding['outcome'], string> = { problem: 'red', unknown: 'orange', ok: 'green' }

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
export function FindingList({ findings, locked, actions }: FindingListProps) {
  if (findings.length === 0) return null
  return (
    <ul className="finding-list">
      {findings.map((f) => (
        <FindingRow key={f.key} finding={f} locked={locked} actions={actions} />
      ))}
    </ul>
  )
}

function FindingRow({ finding: f, locked, actions }: { finding: Finding; locked: boolean; actions: FindingActions }) {
  const { t } = useTranslation()
  const [overriding, setOverriding] = useState(false)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const pending = f.outcome === 'problem' && f.decision === null
  const d = f.deadline

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
    }
  }

  return (
    <li className={`finding finding-${f.outcome}`} data-testid="finding" data-key={f.key} data-outcome={f.outcome}>
      <Flex gap={6} align="flex-start">
        <Tag color={OUTCOME_COLOR[f.outcome]} className="finding-tag">
          {t(`finding.outcome.${f.outcome}`)}
        </Tag>
        <div className="finding-body">
          <Typography.Text className="finding-message">{f.message}</Typography.Text>
          {d && (
            <div className="finding-details">
              <span>{t('finding.dueDate', { date: formatLongDate(d.dueDate) })}</span>
              <span>{t('finding.actualDate', { date: formatLongDate(d.actualDate) })}</span>
              {d.daysOver !== null && d.daysOver > 0 && (
                <Typography.Text type="danger">{t(`finding.daysOver.${d.unit}`, { count: d.daysOver })}</Typography.Text>
              )}
              {d.article && <span>{t('finding.article', { article: d.article })}</span>}
            </div>
          )}
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
            <Flex gap={8} className="finding-actions">
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
                onPressEnter={override}
                onKeyDown={(e) => e.key === 'Escape' && setOverriding(false)}
                data-testid="finding-override-reason"
              />
              <Button size="small" type="primary" disabled={!reason.trim()} loading={busy} onClick={override} data-testid="finding-override-submit">
                {t('finding.overrideSubmit')}
              </Button>
              <Button size="small" type="text" disabled={busy} onClick={() => setOverriding(false)}>
                {t('common.cancel')}
              </Button>
            </Flex>
          )}
        </div>
      </Flex>
    </li>
  )
}
