import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { EvaluationSheet } from '../../../../shared/contract/sheets'
import { formatDate } from '../../format/date'
import { formatYuan } from '../../format/money'
import { PrintPage } from '../../print'
import { localized } from '../review/localized'
import { SheetConclusion, SheetSignatures } from './SheetConclusion'
import { SheetItems } from './SheetItems'
import { LabelValueColumns } from './LabelValueColumns'

interface SheetPageProps {
  sheet: EvaluationSheet
  campaignName: string
  issuingUnit: string
  doubleReview: boolean
  /** Place in the campaign, 1-based, and how many cases it has; no place for a sheet printed on its own. */
  index: number | null
  total: number
}

function Facts({ sheet }: { sheet: EvaluationSheet }) {
  const { t, i18n } = useTranslation()
  const c = sheet.case
  const officers = c.officers.map((o) => o.name).join(i18n.language === 'en' ? ', ' : '、')
  const rubric = t('sheets.rubricVersion', { name: localized(i18n.language, sheet.rubric.name, sheet.rubric.nameEn ?? undefined), version: sheet.rubric.version })
  const pairs: [string, string, string?, string?][] = [
    [t('sheets.facts.caseNumber'), c.caseNumber, t('sheets.facts.squad'), c.squadName],
    [t('sheets.facts.party'), c.party, t('sheets.facts.officers'), officers],
    [t('sheets.facts.violation'), c.violation],
    [t('sheets.facts.caseType'), `${t(`enums.caseType.${c.caseType}`, c.caseType)} · ${t(`enums.procedure.${c.procedure}`, c.procedure)}`, t('sheets.facts.domain'), t(`enums.domain.${c.domain}`, c.domain)],
    [t('sheets.facts.legalBasis'), c.legalBasis],
    [t('sheets.facts.filedOn'), formatDate(c.filedOn), t('sheets.facts.decidedOn'), formatDate(c.decidedOn)],
    [t('sheets.facts.closedOn'), formatDate(c.closedOn), t('sheets.facts.penalty'), c.penaltyFen === null ? t('sheets.noPenalty') : t('sheets.yuan', { amount: formatYuan(c.penaltyFen) })],
    [t('sheets.facts.rubric'), rubric],
  ]
  return (
    <table className="print-table sheet-facts" data-testid="sheet-facts">
      <LabelValueColumns />
      <tbody>
        {pairs.map(([label, value, label2, value2]) => (
          <tr key={label}>
            <th>{label}</th>
            <td colSpan={label2 === undefined ? 3 : 1}>{value}</td>
            {label2 !== undefined && (
              <>
                <th>{label2}</th>
                <td>{value2}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** One case's 案卷评查表: heading, case facts, the items, vetoes and result, and the signatures. */
export const EvaluationSheetPage = memo(function EvaluationSheetPage({ sheet, campaignName, issuingUnit, doubleReview, index, total }: SheetPageProps) {
  const { t } = useTranslation()
  const marks = sheet.reviews.length > 1 ? sheet.reviews.map((_, i) => (i === 0 ? t('sheets.marks.first') : i === 1 ? t('sheets.marks.second') : String(i + 1))) : null
  // Only submitted, agreed and decided results are final; any other sheet says so at its top.
  const notFinal = sheet.result.final ? null : (sheet.result.state as 'not_started' | 'in_progress' | 'pending' | 'waiting')
  return (
    <PrintPage className="sheet" testId="sheet">
      <header className="sheet-head">
        <div className="sheet-unit">{issuingUnit}</div>
        <h1 className="sheet-title">{t('sheets.title')}</h1>
        <div className="sheet-meta">
          <span>{t('sheets.campaign', { name: campaignName, mode: t(doubleReview ? 'sheets.reviewMode.double' : 'sheets.reviewMode.single') })}</span>
          {index !== null && <span>{t('sheets.sheetNo', { index, total })}</span>}
        </div>
      </header>
      {notFinal && (
        <div className="sheet-banner" data-testid="sheet-not-final">
          {t(`sheets.notFinal.${notFinal}`)}
        </div>
      )}
      <Facts sheet={sheet} />
      <SheetItems sheet={sheet} marks={marks} />
      <SheetConclusion sheet={sheet} marks={marks} />
      <SheetSignatures sheet={sheet} marks={marks} />
    </PrintPage>
  )
})
