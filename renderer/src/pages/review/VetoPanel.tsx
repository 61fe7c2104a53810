import { memo, useState } from 'react'
import { Button, Flex, Input, InputNumber, Switch, Typography } from 'antd'
import { FileSearchOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { EvaluationState } from '../../../../shared/contract/evaluations'
import type { Veto } from '../../../../shared/domain/rubric'
import type { Anchor, CurrentPlace } from './anchor'
import { localized } from './localized'
import { TypicalMarkButton } from './TypicalMarkButton'
import type { ReviewActions } from './useEvaluation'

interface VetoPanelProps {
  vetoes: Veto[]
  found: EvaluationState['vetoes']
  locked: boolean
  place: CurrentPlace
  onJump: (anchor: Anchor) => void
  actions: ReviewActions
}

/** 否决项: switching one on asks for the reason and the page, then marks the file 不合格. Memoized: deductions leave it alone. */
export const VetoPanel = memo(function VetoPanel({ vetoes, found, locked, place, onJump, actions }: VetoPanelProps) {
  const { t, i18n } = useTranslation()
  const [pending, setPending] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  // The page follows the viewer until the reviewer types one.
  const [typedPage, setTypedPage] = useState<{ value: number | null } | null>(null)
  const page = typedPage ? typedPage.value : place.page
  const [busy, setBusy] = useState(false)

  function startVeto(vetoId: string) {
    setPending(vetoId)
    setReason('')
    setTypedPage(null)
  }

  async function confirm(vetoId: string) {
    setBusy(true)
    const ok = await actions.setVeto({ vetoId, on: true, reason: reason.trim(), documentId: page === null ? null : place.documentId, page })
    setBusy(false)
    if (ok) setPending(null)
  }

  return (
    <div className="veto-panel" data-testid="veto-panel">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('review.vetoHint')}
      </Typography.Paragraph>
      {vetoes.map((veto) => {
        const finding = found.find((f) => f.vetoId === veto.id)
        const on = finding !== undefined
        return (
          <div key={veto.id} className={`veto-row${on ? ' veto-row-on' : ''}`} data-testid={`veto-${veto.id}`}>
            <Flex align="flex-start" gap={8}>
              <Switch
                size="small"
                checked={on || pending === veto.id}
                disabled={locked || busy}
                onChange={(checked) => {
                  if (checked) startVeto(veto.id)
                  else if (on) void actions.setVeto({ vetoId: veto.id, on: false })
                  else setPending(null)
                }}
                data-testid={`veto-switch-${veto.id}`}
                className={on ? 'veto-switch-on' : undefined}
              />
              <div style={{ flex: 1 }}>
                <Typography.Text strong={on} type={on ? 'danger' : undefined}>
                  {veto.id} {localized(i18n.language, veto.title, veto.titleEn)}
                </Typography.Text>
                {veto.article && (
                  <Typography.Text type="secondary" className="veto-article">
                    {veto.article}
                  </Typography.Text>
                )}
                {finding && (
                  <div className="veto-finding">
                    {finding.reason && <Typography.Text>{finding.reason}</Typography.Text>}
                    {finding.page !== null && (
                      <Typography.Link onClick={() => onJump({ documentId: finding.documentId, page: finding.page })}>
                        <FileSearchOutlined /> {t('review.page', { page: finding.page })}
                      </Typography.Link>
                    )}
                    <TypicalMarkButton vetoId={veto.id} />
                  </div>
                )}
                {pending === veto.id && !on && (
                  <div className="veto-form">
                    <Input.TextArea
                      size="small"
                      autoSize={{ minRows: 2, maxRows: 5 }}
                      maxLength={1000}
                      placeholder={t('review.vetoReasonPlaceholder')}
                      value={reason}
                      onChange={(e) => setReason(e.target.value)}
                      autoFocus
                      data-testid="veto-reason"
                    />
                    <Flex gap={8} align="center" justify="space-between" wrap style={{ marginTop: 6 }}>
                      {place.page !== null ? (
                        <label className="inline-field">
                          {t('deduction.page')}
                          <InputNumber size="small" min={1} precision={0} value={page} onChange={(value) => setTypedPage({ value })} style={{ width: 64 }} />
                        </label>
                      ) : (
                        <span />
                      )}
                      <Flex gap={8}>
                        <Button size="small" onClick={() => setPending(null)}>
                          {t('common.cancel')}
                        </Button>
                        <Button size="small" type="primary" danger loading={busy} disabled={reason.trim() === ''} onClick={() => confirm(veto.id)} data-testid="veto-confirm">
                          {t('review.vetoConfirm')}
                        </Button>
                      </Flex>
                    </Flex>
                  </div>
                )}
              </div>
            </Flex>
          </div>
        )
      })}
    </div>
  )
})
