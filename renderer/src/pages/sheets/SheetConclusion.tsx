import { useTranslation } from 'react-i18next'
import type { EvaluationSheet } from '../../../../shared/contract/sheets'
import { currentLocale } from '../../i18n'
import { formatPoints } from '../../format/points'
import { localized } from '../review/localized'
import { localLongDate } from './format'
import { LabelValueColumns } from './LabelValueColumns'

type Sheet = EvaluationSheet

/** 否决项 and 评查结论: the vetoes found, the score and grade, and for a double review how it was reached. */
export function SheetConclusion({ sheet, marks }: { sheet: Sheet; marks: string[] | null }) {
  const { t, i18n } = useTranslation()
  const { result, adjudication } = sheet
  const mark = (review: number) => (marks ? `[${marks[review]}] ` : '')

  let score: string
  if (result.total === null) score = result.state === 'waiting' ? t('sheets.result.waiting') : t('sheets.result.notScored')
  else score = `${formatPoints(result.total)}${result.final ? '' : t('sheets.result.provisional')}`
  const grade = result.grade ? `${t(`enums.grade.${result.grade}`)}${result.vetoed ? t('sheets.result.vetoed') : ''}` : ''

  const reviewLines = marks
    ? sheet.reviews.map((r, i) =>
        r.total === null || r.withheld
          ? t('sheets.result.reviewNotScored', { mark: marks[i], name: r.reviewerName })
          : t('sheets.result.review', { mark: marks[i], name: r.reviewerName, total: formatPoints(r.total) }),
      )
    : []
  if (result.state === 'agreed') reviewLines.push(t('sheets.result.agreed'))

  return (
    <table className="print-table sheet-result print-keep" data-testid="sheet-result">
      <LabelValueColumns />
      <tbody>
        <tr>
          <th>{t('sheets.vetoes')}</th>
          <td colSpan={3} data-testid="sheet-vetoes">
            {sheet.vetoes.length === 0
              ? t('sheets.noVetoes')
              : sheet.vetoes.map((v) => (
                  <div className="sheet-entry" key={`${v.review}-${v.vetoId}`}>
                    {mark(v.review)}
                    {t(v.reason ? 'sheets.vetoReason' : 'sheets.vetoLine', { id: v.vetoId, title: localized(i18n.language, v.title, v.titleEn ?? undefined), reason: v.reason })}
                    {v.page !== null && t('sheets.where', { where: t('sheets.page', { page: v.page }) })}
                  </div>
                ))}
          </td>
        </tr>
        {reviewLines.length > 0 && (
          <tr>
            <th>{t('sheets.result.title')}</th>
            <td colSpan={3}>{reviewLines.join(t('sheets.separator'))}</td>
          </tr>
        )}
        {adjudication && (
          <tr>
            <th>{t('sheets.result.decided')}</th>
            <td colSpan={3}>
              {t('sheets.result.decidedLine', { total: formatPoints(adjudication.total), grade: t(`enums.grade.${adjudication.grade}`), reason: adjudication.reason })}
            </td>
          </tr>
        )}
        <tr>
          <th>{t('sheets.result.score')}</th>
          <td className="sheet-score" data-testid="sheet-score">
            {score}
          </td>
          <th>{t('sheets.result.grade')}</th>
          <td className="sheet-score" data-testid="sheet-grade">
            {grade}
          </td>
        </tr>
      </tbody>
    </table>
  )
}

/** 签字: each reviewer and the lead who checks the sheet, with the date their part was done and room to sign. */
export function SheetSignatures({ sheet, marks }: { sheet: Sheet; marks: string[] | null }) {
  const { t } = useTranslation()
  const locale = currentLocale()
  const rows = sheet.reviews.map((r, i) => ({
    role: marks ? t('sheets.signatures.reviewerMarked', { mark: marks[i] }) : t('sheets.signatures.reviewer'),
    name: r.reviewerName,
    date: localLongDate(r.submittedAt, locale),
  }))
  if (rows.length === 0) rows.push({ role: t('sheets.signatures.reviewer'), name: '', date: '' })
  rows.push({ role: t('sheets.signatures.lead'), name: sheet.adjudication?.decidedBy ?? '', date: localLongDate(sheet.adjudication?.decidedAt, locale) })
  return (
    <table className="print-table sheet-sign print-keep" data-testid="sheet-signatures">
      <colgroup>
        <col style={{ width: '32mm' }} />
        <col style={{ width: '34mm' }} />
        <col style={{ width: '42mm' }} />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th>{t('sheets.signatures.role')}</th>
          <th>{t('sheets.signatures.name')}</th>
          <th>{t('sheets.signatures.date')}</th>
          <th>{t('sheets.signatures.sign')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <td className="sheet-center">{r.role}</td>
            <td className="sheet-center">{r.name}</td>
            <td className="sheet-center">{r.date}</td>
            <td />
          </tr>
        ))}
      </tbody>
    </table>
  )
}
