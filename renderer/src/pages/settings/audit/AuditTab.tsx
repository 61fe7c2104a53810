import { useState } from 'react'
import { Alert, Button, Card, Flex, Input, InputNumber, Space, Typography } from 'antd'
import { SafetyCertificateOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { AuditReport, AuditWitness } from '../../../../../shared/contract/audit'
import { auditReportText, shortHash } from '../../../../../shared/i18n/audit-report-text'
import { api, useQuery } from '../../../api'
import { CenteredSpin } from '../../../components/CenteredSpin'
import { ErrorResult } from '../../../components/ErrorResult'
import { useFeedback } from '../../../components/useFeedback'
import { formatDateTime } from '../../../format/date'
import { currentLocale } from '../../../i18n'
import './audit.css'

interface Outcome {
  report: AuditReport
  witness?: AuditWitness
}

/** 设置 → 审计日志: the anchor to write down at the meeting, and verification (also against an anchor written down). */
export function AuditTab() {
  const { t } = useTranslation()
  const { fail } = useFeedback()
  const anchor = useQuery('audit.anchor', {})
  const [running, setRunning] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [rows, setRows] = useState<number | null>(null)
  const [hash, setHash] = useState('')
  const [invalid, setInvalid] = useState(false)

  if (anchor.error && !anchor.data) return <ErrorResult error={anchor.error} onRetry={anchor.reload} />
  if (anchor.data === undefined) return <CenteredSpin />
  const current = anchor.data

  async function verify(witness?: AuditWitness) {
    setRunning(true)
    try {
      const report = await api.call('audit.verify', witness ? { witness } : {})
      setOutcome({ report, witness })
      anchor.reload()
    } catch (err) {
      fail(err)
    } finally {
      setRunning(false)
    }
  }

  function checkWitness() {
    const digits = hash.replace(/\s/g, '').toLowerCase()
    const ok = rows !== null && Number.isInteger(rows) && rows > 0 && /^[0-9a-f]{8,64}$/.test(digits)
    setInvalid(!ok)
    if (ok) void verify({ rows, hash: digits })
  }

  return (
    <Flex vertical gap={16} data-testid="audit-tab">
      <Card size="small" title={t('audit.anchor.title')}>
        <Typography.Paragraph type="secondary">{t('audit.anchor.hint')}</Typography.Paragraph>
        {current ? (
          <div data-testid="audit-anchor">
            <Typography.Text strong className="audit-anchor-line">
              {t('audit.anchor.title')}：{t('audit.anchor.rows', { rows: current.rows })}，{t('audit.anchor.hash')}{' '}
              <Typography.Text code copyable={{ text: `${current.rows}:${current.hash.slice(0, 16)}`, tooltips: [t('audit.anchor.copy'), t('audit.anchor.copied')] }}>
                {shortHash(current.hash)}
              </Typography.Text>
            </Typography.Text>
            <Typography.Paragraph type="secondary">{t('audit.anchor.at', { at: formatDateTime(current.at) })}</Typography.Paragraph>
          </div>
        ) : (
          <Typography.Paragraph data-testid="audit-anchor-none">{t('audit.anchor.none')}</Typography.Paragraph>
        )}
      </Card>
      <Card
        size="small"
        title={t('audit.verify.title')}
        extra={
          <Button type="primary" icon={<SafetyCertificateOutlined />} loading={running} onClick={() => void verify()} data-testid="audit-verify">
            {running ? t('audit.verify.running') : t('audit.verify.run')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('audit.verify.hint')}</Typography.Paragraph>
        <Typography.Paragraph strong>{t('audit.verify.witnessTitle')}</Typography.Paragraph>
        <Space wrap>
          <InputNumber min={1} precision={0} placeholder={t('audit.verify.witnessRows')} value={rows} onChange={(v) => setRows(v)} data-testid="audit-witness-rows" />
          <Input
            className="audit-witness-hash"
            placeholder={t('audit.verify.witnessHashPlaceholder')}
            aria-label={t('audit.verify.witnessHash')}
            value={hash}
            maxLength={80}
            onChange={(e) => setHash(e.target.value)}
            data-testid="audit-witness-hash"
          />
          <Button onClick={checkWitness} disabled={running} data-testid="audit-witness-check">
            {t('audit.verify.witnessRun')}
          </Button>
        </Space>
        {invalid && <Alert className="audit-result" type="warning" showIcon title={t('audit.verify.witnessInvalid')} />}
        {outcome && (
          <Alert
            className="audit-result"
            type={outcome.report.ok ? 'success' : 'error'}
            showIcon
            title={auditReportText(outcome.report, currentLocale(), outcome.witness)}
            data-testid="audit-result"
            data-reason={outcome.report.reason ?? 'ok'}
          />
        )}
      </Card>
    </Flex>
  )
}
