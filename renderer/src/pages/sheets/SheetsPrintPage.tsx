import { Empty, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { ErrorResult } from '../../components/ErrorResult'
import { PrintPreview } from '../../print'
import { navigate } from '../../router/hash'
import { EvaluationSheetPage } from './EvaluationSheetPage'
import { sheetsPath } from './paths'
import { SHEETS_BATCH, useSheets } from './useSheets'
import './sheets.css'

interface SheetsPrintPageProps {
  campaignId: number
  /** One case only (from the review screen or the case page). */
  caseId?: number
  /** First case of the batch, 0-based, for a campaign larger than one batch. */
  from: number
}

/** 案卷评查表 as printed pages: one case's, or a batch of the campaign's, one sheet (or more pages) per case. */
export function SheetsPrintPage({ campaignId, caseId, from }: SheetsPrintPageProps) {
  const { t } = useTranslation()
  const { head, sheets, done, error } = useSheets(campaignId, caseId, from)
  if (error) return <ErrorResult error={error} />

  const campaign = head?.campaign.name ?? ''
  const one = caseId !== undefined ? sheets[0] : undefined
  const title = one ? t('sheets.documentTitleCase', { caseNumber: one.case.caseNumber }) : t('sheets.documentTitle', { campaign })
  const fileName = one ? t('sheets.fileNameCase', { campaign, caseNumber: one.case.caseNumber }) : t('sheets.fileName', { campaign })
  const total = head?.total ?? 0
  const batches = caseId === undefined && total > SHEETS_BATCH ? Math.ceil(total / SHEETS_BATCH) : 0
  const batchLabel = (start: number) => t('sheets.batch', { from: start + 1, to: Math.min(start + SHEETS_BATCH, total) })

  let status: string | undefined
  if (head && caseId === undefined) status = done ? t('sheets.count', { total }) : t('sheets.loaded', { loaded: sheets.length, count: Math.min(SHEETS_BATCH, total - from) })

  return (
    <PrintPreview
      title={title}
      fileName={batches ? `${fileName}-${batchLabel(from)}` : fileName}
      ready={head !== null && done}
      status={status}
      fallbackPath={`/campaigns/${campaignId}`}
      extra={
        batches > 0 && (
          <Select
            value={from}
            style={{ width: 160 }}
            title={t('sheets.batchHint', { size: SHEETS_BATCH })}
            onChange={(start: number) => navigate(sheetsPath(campaignId, undefined, start), { replace: true })}
            options={Array.from({ length: batches }, (_, i) => ({ value: i * SHEETS_BATCH, label: batchLabel(i * SHEETS_BATCH) }))}
            data-testid="sheets-batch"
          />
        )
      }
    >
      {head && total === 0 && <Empty className="print-screen-only" description={t('sheets.empty')} />}
      {head &&
        sheets.map((sheet, i) => (
          <EvaluationSheetPage
            key={sheet.case.id}
            sheet={sheet}
            campaignName={campaign}
            issuingUnit={head.issuingUnit}
            doubleReview={head.campaign.doubleReview}
            index={caseId === undefined ? from + i + 1 : null}
            total={total}
          />
        ))}
    </PrintPreview>
  )
}
