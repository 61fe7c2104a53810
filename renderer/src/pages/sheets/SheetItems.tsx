import { useTranslation } from 'react-i18next'
import type { EvaluationSheet } from '../../../../shared/contract/sheets'
import { formatPoints } from '../../format/points'
import { localized } from '../review/localized'
import { chineseNumeral } from './format'
import { SheetCrop } from './SheetCrop'

type Sheet = EvaluationSheet
type Item = Sheet['sections'][number]['items'][number]
type Outcome = Item['outcomes'][number]

/** Whether a review's column has anything to say: not for a round not begun or not shown. */
const scored = (review: Sheet['reviews'][number]) => !review.withheld && review.status !== 'not_started'

function OutcomeCell({ outcome, shown }: { outcome: Outcome | null; shown: boolean }) {
  const { t } = useTranslation()
  if (!shown || !outcome) return <td className="sheet-center" />
  if (outcome.notApplicable) return <td className="sheet-center sheet-na">{t('sheets.notApplicable')}</td>
  return <td className="sheet-center">{outcome.deducted > 0 ? formatPoints(outcome.deducted) : ''}</td>
}

/** A deduction's words, points and page, with the evidence crop below when it is pinned to a region. */
function Reasons({ sheet, item, marks }: { sheet: Sheet; item: Item; marks: string[] | null }) {
  const { t, i18n } = useTranslation()
  const documentName = (id: number | null) => (sheet.documents.length > 1 ? sheet.documents.find((d) => d.id === id)?.fileName : undefined)
  const where = (documentId: number | null, page: number | null) => {
    if (page === null) return ''
    const document = documentName(documentId)
    return document ? t('sheets.docPage', { document, page }) : t('sheets.page', { page })
  }
  return (
    <>
      {item.deductions.map((d) => {
        const reason = d.reason || (d.optionLabel ? localized(i18n.language, d.optionLabel, d.optionLabelEn ?? undefined) : '')
        const page = where(d.documentId, d.page)
        return (
          <div className="sheet-entry" key={d.id} data-testid="sheet-deduction">
            {marks && <span className="sheet-muted">{`[${marks[d.review]}] `}</span>}
            {reason ? t('sheets.deductionReason', { points: formatPoints(d.points), reason }) : t('sheets.deduction', { points: formatPoints(d.points) })}
            {page && t('sheets.where', { where: page })}
            {d.rect && d.documentId !== null && d.page !== null && <SheetCrop documentId={d.documentId} page={d.page} rect={d.rect} />}
          </div>
        )
      })}
      {item.notes.map((n, i) => (
        <div className="sheet-note" key={`note-${i}`}>
          {marks && `[${marks[n.review]}] `}
          {t('sheets.note', { note: n.note })}
        </div>
      ))}
    </>
  )
}

/**
 * The ruled table of every rubric item: 序号 · 评查项目 · 分值 · 扣分 (one column per reviewer, and
 * the lead's ruling) · 扣分理由及页码. Its header repeats on each page it runs onto, under a line
 * naming the case, so a loose page still says whose it is. `marks` name the two reviewers of a
 * double review (甲, 乙); null for one reviewer.
 */
export function SheetItems({ sheet, marks }: { sheet: Sheet; marks: string[] | null }) {
  const { t, i18n } = useTranslation()
  const reviews = sheet.reviews.length ? sheet.reviews : null
  const ruled = sheet.adjudication !== null && sheet.sections.some((s) => s.items.some((i) => i.ruled !== null))
  const scoreColumns = (reviews?.length ?? 1) + (ruled ? 1 : 0)
  const columns = 4 + scoreColumns
  // Two reviewers: one 扣分 column each under a shared heading, named 甲 and 乙.
  const split = marks ? 2 : 1
  let index = 0

  const outcomesOf = (item: Item) => (reviews ? reviews.map((r, i) => ({ outcome: item.outcomes[i] ?? null, shown: scored(r) })) : [{ outcome: null, shown: false }])
  const deductedSum = (review: number) => sheet.sections.reduce((sum, s) => sum + s.items.reduce((n, i) => n + (i.outcomes[review]?.deducted ?? 0), 0), 0)
  const ruledSum = sheet.sections.reduce((sum, s) => sum + s.items.reduce((n, i) => n + (i.ruled?.deducted ?? 0), 0), 0)
  const prorated = (reviews ?? [])
    .filter((r) => scored(r) && r.applicableMax < sheet.rubric.totalPoints && r.total !== null)
    .map((r) => {
      const text = t('sheets.totals.prorated', { applicable: formatPoints(r.applicableMax), earned: formatPoints(r.earned), total: formatPoints(r.total) })
      return marks ? `[${marks[sheet.reviews.indexOf(r)]}] ${text}` : text
    })

  return (
    <table className="print-table sheet-items" data-testid="sheet-items">
      <colgroup>
        <col style={{ width: '9mm' }} />
        <col style={{ width: marks ? '56mm' : '64mm' }} />
        <col style={{ width: '10mm' }} />
        {Array.from({ length: scoreColumns }, (_, i) => (
          <col key={i} style={{ width: marks ? '10mm' : '11mm' }} />
        ))}
        <col />
      </colgroup>
      <thead>
        <tr className="sheet-running">
          <th colSpan={columns}>{`${sheet.case.caseNumber}　${sheet.case.party}`}</th>
        </tr>
        <tr>
          <th rowSpan={split}>{t('sheets.head.index')}</th>
          <th rowSpan={split}>{t('sheets.head.item')}</th>
          <th rowSpan={split}>{t('sheets.head.points')}</th>
          <th colSpan={scoreColumns}>{t('sheets.head.deducted')}</th>
          <th rowSpan={split}>{t('sheets.head.reasons')}</th>
        </tr>
        {marks && (
          <tr>
            {sheet.reviews.map((_, i) => (
              <th key={i}>{marks[i]}</th>
            ))}
            {ruled && <th>{t('sheets.head.ruled')}</th>}
          </tr>
        )}
      </thead>
      <tbody>
        {sheet.sections.map((section, s) => [
          <tr className="sheet-section" key={section.id}>
            <td colSpan={columns}>
              {t('sheets.sectionTitle', {
                number: i18n.language === 'en' ? s + 1 : chineseNumeral(s + 1),
                title: localized(i18n.language, section.title, section.titleEn),
                points: formatPoints(section.points),
              })}
            </td>
          </tr>,
          ...section.items.map((item) => (
            <tr key={item.id} data-testid="sheet-item" data-item={item.id}>
              <td className="sheet-center">{++index}</td>
              <td>
                <span className="sheet-item-id">{item.id}</span>
                {localized(i18n.language, item.title, item.titleEn)}
              </td>
              <td className="sheet-center">{formatPoints(item.maxPoints)}</td>
              {outcomesOf(item).map((o, i) => (
                <OutcomeCell key={i} outcome={o.outcome} shown={o.shown} />
              ))}
              {ruled && <OutcomeCell outcome={item.ruled} shown />}
              <td>
                <Reasons sheet={sheet} item={item} marks={marks} />
              </td>
            </tr>
          )),
        ])}
        <tr className="sheet-totals">
          <td colSpan={2} className="sheet-center">
            {t('sheets.totals.deducted')}
          </td>
          <td className="sheet-center">{formatPoints(sheet.rubric.totalPoints)}</td>
          {(reviews ?? [null]).map((r, i) => (
            <td key={i} className="sheet-center" data-testid="sheet-deducted-sum">
              {r && scored(r) ? formatPoints(deductedSum(i)) : ''}
            </td>
          ))}
          {ruled && <td className="sheet-center">{formatPoints(ruledSum)}</td>}
          <td>{prorated.join(t('sheets.separator'))}</td>
        </tr>
      </tbody>
    </table>
  )
}
