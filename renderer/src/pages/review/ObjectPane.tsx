import { Alert, Card, Descriptions } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { EvaluationState } from '../../../../shared/contract/evaluations'
import { formatDuration } from '../../../../shared/format/duration'
import { fileUrl, useQuery } from '../../api'
import { CenteredSpin } from '../../components/CenteredSpin'
import { ErrorResult } from '../../components/ErrorResult'

type ReviewedObject = NonNullable<EvaluationState['object']>

/** An A/V record under review: its register entry and its video, played here where the platform can. */
function AvRecordPane({ id }: { id: number }) {
  const { t } = useTranslation()
  const record = useQuery('avRecords.get', { id })
  const [unplayable, setUnplayable] = useState(false)
  if (record.error) return <ErrorResult error={record.error} onRetry={record.reload} />
  const r = record.data
  if (!r) return <CenteredSpin />
  return (
    <div className="review-object" data-testid="review-object">
      {r.video && !unplayable && <video controls src={fileUrl(r.video.sha256)} onError={() => setUnplayable(true)} className="review-object-video" data-testid="review-video" />}
      {r.video && unplayable && <Alert type="warning" showIcon title={t('avRecords.player.cannotPlay')} />}
      {!r.video && <Alert type="info" showIcon title={t('review.object.noVideo', { storage: r.storage || '—' })} />}
      <Card size="small" title={t('review.object.avRecord', { recordNumber: r.recordNumber })}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('avRecords.field.recordedOn')}>{r.recordedOn}</Descriptions.Item>
          <Descriptions.Item label={t('avRecords.field.squad')}>{r.squadName}</Descriptions.Item>
          <Descriptions.Item label={t('avRecords.field.officers')}>{r.officers.map((o) => o.name).join(t('common.listSeparator')) || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('avRecords.field.caseNumber')}>{r.caseNumber || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('avRecords.field.duration')}>{r.durationSeconds === null ? '—' : formatDuration(r.durationSeconds)}</Descriptions.Item>
          <Descriptions.Item label={t('avRecords.field.storage')}>{r.storage || '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
    </div>
  )
}

/** A complaint under review: what was asked, where, and how and when it was handled. */
function ComplaintPane({ id }: { id: number }) {
  const { t } = useTranslation()
  const complaint = useQuery('complaints.get', { id })
  if (complaint.error) return <ErrorResult error={complaint.error} onRetry={complaint.reload} />
  const c = complaint.data
  if (!c) return <CenteredSpin />
  return (
    <div className="review-object" data-testid="review-object">
      <Card size="small" title={t('review.object.complaint', { ticketNumber: c.ticketNumber })}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('complaints.field.source')}>{t(`enums.complaintSource.${c.source}`)}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.field.receivedOn')}>{c.receivedOn}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.field.subject')}>{c.subject}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.field.address')}>{c.address || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.field.party')}>{c.party || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.field.squad')}>{c.squadName}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.field.result')}>{c.result || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.field.closedOn')}>{c.closedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.field.repliedOn')}>{c.repliedOn ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
    </div>
  )
}

/** The left of the review screen when the object is not a case file (ADR 0013). */
export function ObjectPane({ object }: { object: ReviewedObject }) {
  return object.kind === 'av_record' ? <AvRecordPane id={object.id} /> : <ComplaintPane id={object.id} />
}
