import { cycle, fill, zhTime } from '../format'
import { type Block, type Cell, centered, field, flow, rightAligned, spacer, table, title } from '../layout/flow'
import { LABEL, PUNCT, TEXT, TITLE } from '../vocabulary'
import type { CaseContext } from './context'
import { prose } from './prose'
import { type FormPages, colon, framePages } from './frame'

/** A section of the file as the catalogue lists it. */
export interface CatalogueEntry {
  title: string
  date: string
  start: number
  pages: number
}

const row = (label: string, text: string, minHeight = 26): { cells: Cell[]; minHeight: number } => ({
  cells: [
    { text: label, span: 0.22, label: true },
    { text, span: 0.78 },
  ],
  minHeight,
})

const signed = (opinion: string, who: string, date: string): string => `${opinion}\n${LABEL.signature}${PUNCT.colon}${who}${PUNCT.space}${date}`

export function cover(ctx: CaseContext, totalPages: number): FormPages {
  const { c } = ctx
  const blocks: Block[] = [
    spacer(30),
    centered(ctx.bureau, 18, 2.4),
    spacer(20),
    title(c.caseType === 'compulsion' ? TITLE.coverCompulsion : TITLE.coverPenalty, 30),
    spacer(40),
    table([
      row(LABEL.caseNumber, c.caseNumber, 34),
      row(LABEL.cause, c.violation + LABEL.caseSuffix, 34),
      row(LABEL.party, c.party, 34),
      row(LABEL.squad, ctx.squadName, 34),
      row(LABEL.handlers, ctx.officerNames, 34),
      row(LABEL.filedOn, ctx.zh(c.filedOn), 34),
      row(LABEL.result, ctx.sanction, 48),
      row(LABEL.closedOn, ctx.zh(c.closedOn), 34),
      row(LABEL.archivedOn, ctx.zh(c.archivedOn), 34),
      row(LABEL.retention, LABEL.retentionValue, 34),
    ], 13),
    spacer(20),
    rightAligned(fill(LABEL.totalPages, { n: totalPages }), 13),
  ]
  return flow(blocks, 1)
}

export function catalogue(ctx: CaseContext, entries: CatalogueEntry[]): FormPages {
  const head = { cells: [
    { text: LABEL.index, span: 0.07, label: true },
    { text: LABEL.docName, span: 0.45, label: true },
    { text: LABEL.docDate, span: 0.23, label: true },
    { text: LABEL.pages, span: 0.12, label: true },
    { text: LABEL.remarks, span: 0.13, label: true },
  ] }
  const rows = entries.map((e, i) => ({ cells: [
    { text: String(i + 1), span: 0.07, label: true },
    { text: e.title, span: 0.45 },
    { text: e.date, span: 0.23 },
    { text: e.pages > 1 ? `${e.start}-${e.start + e.pages - 1}` : String(e.start), span: 0.12 },
    { text: '', span: 0.13 },
  ], minHeight: 25 }))
  while (rows.length < 18) rows.push({ cells: head.cells.map((h) => ({ text: '', span: h.span })), minHeight: 25 })
  return flow([title(TITLE.catalogue), rightAligned(ctx.c.caseNumber, 11), table([head, ...rows], 10.5)], 1)
}

export function filingForm(ctx: CaseContext): FormPages {
  const { c } = ctx
  const org = c.partyType === 'organization'
  const filed = ctx.zh(c.filedOn)
  const measure = c.caseType === 'compulsion' && ctx.entry.code !== 'demolition'
  const party = [c.party, c.details.party.address, `${org ? LABEL.creditCode : LABEL.idNumber}${PUNCT.colon}${c.details.party.idNumber}`]
  if (c.details.party.legalRepresentative) party.push(`${LABEL.legalRep}${PUNCT.colon}${c.details.party.legalRepresentative}`)
  return flow([
    title(c.caseType === 'compulsion' ? TITLE.filingCompulsion : TITLE.filing),
    rightAligned(`${LABEL.recordNo}${PUNCT.colon}${c.caseNumber}`, 11),
    table([
      row(LABEL.source, c.details.source),
      row(LABEL.discovered, ctx.zh(c.discoveredOn) + c.details.time),
      row(LABEL.place, c.details.place),
      row(LABEL.party, party.join('\n')),
      row(LABEL.cause, c.violation + LABEL.caseSuffix),
      row(LABEL.summary, c.details.facts, 110),
      row(LABEL.handlerOpinion, signed(measure ? fill(LABEL.suggestMeasure, { sanction: ctx.sanction }) : fill(LABEL.suggestFiling, { violation: c.violation }), ctx.officerNames, filed), 80),
      row(LABEL.leaderOpinion, signed(fill(measure ? LABEL.agreeMeasure : LABEL.agreeFiling, { names: ctx.officerNames }), c.details.squadLeader, filed), 80),
    ]),
  ], 1)
}

export function legalReviewForm(ctx: CaseContext, pages: number): FormPages {
  const { c } = ctx
  const date = ctx.zh(ctx.legalReviewOn)
  const items = TEXT.legalReviewItems.map((item, i) => ({ cells: [
    { text: String(i + 1), span: 0.1, label: true },
    { text: item, span: 0.5 },
    { text: TEXT.legalReviewOk, span: 0.4 },
  ], minHeight: 24 }))
  const blocks: Block[] = [
    title(TITLE.legalReview),
    rightAligned(`${LABEL.caseNumber}${PUNCT.colon}${c.caseNumber}`, 11),
    table([
      row(LABEL.party, c.party),
      row(LABEL.cause, c.violation + LABEL.caseSuffix),
      row(LABEL.squadSubmit, ctx.squadName),
      row(LABEL.submitted, date),
      row(LABEL.proposed, ctx.sanction, 40),
    ]),
    spacer(10),
    table([{ cells: [
      { text: LABEL.index, span: 0.1, label: true },
      { text: LABEL.reviewItem, span: 0.5, label: true },
      { text: LABEL.reviewResult, span: 0.4, label: true },
    ] }, ...items]),
    spacer(10),
    ...prose(TEXT.legalReviewOpinion),
    spacer(12),
    ...field(LABEL.reviewerSign, c.details.legalReviewers.join(PUNCT.list)),
    ...field(colon(LABEL.reviewDate), date),
  ]
  return framePages(flow(blocks, pages), TITLE.legalReview)
}

export function collectiveRecord(ctx: CaseContext, pages: number): FormPages {
  const { c } = ctx
  const attendees = [c.details.bureauLeader, ...c.details.legalReviewers, c.details.squadLeader, ...ctx.officers.map((o) => o.name)]
  const unique = [...new Set(attendees)]
  const blocks: Block[] = [
    title(TITLE.collective),
    ...field(colon(LABEL.meetingTime), ctx.zh(ctx.collectiveOn) + zhTime(14 * 60 + 30)),
    ...field(colon(LABEL.meetingPlace), LABEL.meetingRoom),
    ...field(colon(LABEL.host), `${c.details.bureauLeader}${PUNCT.open}${LABEL.bureauLeader}${PUNCT.close}`),
    ...field(colon(LABEL.attendees), unique.join(PUNCT.list)),
    ...field(colon(LABEL.recorder), ctx.recorder.name),
    ...field(colon(LABEL.cause), c.violation + LABEL.caseSuffix),
    spacer(8),
    ...prose(`${LABEL.discussion}${PUNCT.colon}` + fill(TEXT.collectiveBody, { handler: ctx.handler.name, reviewer: ctx.legalReviewer })),
    ...prose(TEXT.collectiveOpinionsHead),
    ...unique.flatMap((name, i) => prose(fill(cycle(TEXT.collectiveOpinions, i), { name }))),
    ...prose(`${LABEL.conclusion}${PUNCT.colon}` + fill(TEXT.collectiveConclusion, { sanction: ctx.sanction })),
    spacer(16),
    ...field(LABEL.attendeeSign, unique.join(PUNCT.space)),
  ]
  return framePages(flow(blocks, pages), TITLE.collective)
}

function executionText(ctx: CaseContext): string {
  const { c } = ctx
  if (ctx.entry.code === 'demolition') return fill(LABEL.demolishedOn, { date: ctx.zh(c.executedOn) })
  if (c.caseType === 'compulsion') return fill(LABEL.seizedReturned, { date: ctx.zh(c.executedOn) })
  return fill(LABEL.paid, { date: ctx.zh(c.executedOn), amount: String((c.penaltyFen ?? 0) / 100) })
}

export function closingForm(ctx: CaseContext): FormPages {
  const { c } = ctx
  const closed = ctx.zh(c.closedOn)
  const suggest = ctx.entry.code === 'demolition' ? TEXT.closingDemolition : c.caseType === 'compulsion' ? TEXT.closingSeizure : LABEL.closingSuggest
  return flow([
    title(TITLE.closing),
    rightAligned(`${LABEL.caseNumber}${PUNCT.colon}${c.caseNumber}`, 11),
    table([
      row(LABEL.party, c.party),
      row(LABEL.cause, c.violation + LABEL.caseSuffix),
      row(LABEL.filedOn, ctx.zh(c.filedOn)),
      row(LABEL.sanctionLabel, ctx.sanction, 44),
      row(LABEL.decisionDate, ctx.zh(c.decidedOn)),
      row(LABEL.execution, executionText(ctx), 44),
      row(LABEL.handlerOpinion, signed(suggest, ctx.officerNames, closed), 80),
      row(LABEL.leaderOpinion, signed(LABEL.closingAgree, c.details.squadLeader, closed), 80),
    ]),
  ], 1)
}

export function backSheet(ctx: CaseContext, totalPages: number, sections: number, photoPages: number): FormPages {
  const { c } = ctx
  return flow([
    title(TITLE.back),
    spacer(20),
    ...prose(fill(LABEL.volumeInfo, { docs: sections, n: totalPages, text: totalPages - photoPages, photos: photoPages })),
    ...prose(TEXT.backStatement),
    ...prose(LABEL.backNote),
    spacer(60),
    ...field(colon(LABEL.archiver), ctx.handler.name),
    ...field(colon(LABEL.checker), ctx.checker),
    ...field(colon(LABEL.archiveTime), ctx.zh(c.archivedOn)),
  ], 1)
}
