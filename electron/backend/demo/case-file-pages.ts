import { type CatalogueEntry, backSheet, catalogue, closingForm, collectiveRecord, cover, filingForm, legalReviewForm } from './forms/approvals'
import { type CaseContext, caseContext } from './forms/context'
import { evidenceSection } from './forms/evidence'
import type { FormPages } from './forms/frame'
import {
  compulsionDecisionForm, decisionForm, demandForm, noticeForm, paymentReceipt, seizedListForm, serviceReceipt, simpleDecisionForm,
} from './forms/instruments'
import { inspectionRecord, interviewRecord, statementRecord } from './forms/records'
import { reportForm } from './forms/report'
import { PAGE, type PageModel } from './layout/page-model'
import { textWidth } from './layout/text'
import type { DemoCase, DemoDocumentSection, DemoWorkspace } from './types'
import { DOC, TITLE } from './vocabulary'

interface Placed extends DemoDocumentSection {
  start: number
  /** For 送达回证: which instrument it proves served. */
  serves: 'notice' | 'decision'
}

function place(sections: DemoDocumentSection[]): Placed[] {
  let start = 1
  let lastInstrument: 'notice' | 'decision' = 'decision'
  return sections.map((s) => {
    if (s.docType === DOC.notice || s.docType === DOC.demand) lastInstrument = 'notice'
    if (s.docType === DOC.decision || s.docType === DOC.compulsionDecision) lastInstrument = 'decision'
    const placed = { ...s, start, serves: lastInstrument }
    start += s.pages
    return placed
  })
}

/** Printed title and date of a section, as the catalogue lists it. */
function catalogueEntry(ctx: CaseContext, s: Placed): CatalogueEntry {
  const { c } = ctx
  const simple = c.procedure === 'simple'
  const demolition = ctx.entry.code === 'demolition'
  const entries: Record<string, [string, string | null]> = {
    [DOC.cover]: [TITLE.coverPenalty, null],
    [DOC.catalogue]: [TITLE.catalogue, null],
    [DOC.filing]: [c.caseType === 'compulsion' ? TITLE.filingCompulsion : TITLE.filing, c.filedOn],
    [DOC.inspection]: [TITLE.inspection, c.discoveredOn],
    [DOC.interview]: [TITLE.interview, c.filedOn],
    [DOC.evidence]: [TITLE.evidence, c.discoveredOn],
    [DOC.report]: [TITLE.report, c.investigationEndedOn],
    [DOC.notice]: [TITLE.notice, c.notifiedOn],
    [DOC.statement]: [TITLE.statement, ctx.statementOn],
    [DOC.legalReview]: [TITLE.legalReview, ctx.legalReviewOn],
    [DOC.collective]: [TITLE.collective, ctx.collectiveOn],
    [DOC.decision]: [simple ? TITLE.decisionSimple : TITLE.decision, c.decidedOn],
    [DOC.service]: [TITLE.service, s.serves === 'notice' ? c.notifiedOn : c.servedOn],
    [DOC.receipt]: [TITLE.receipt, c.executedOn],
    [DOC.closing]: [TITLE.closing, c.closedOn],
    [DOC.back]: [TITLE.back, c.archivedOn],
    [DOC.demand]: [TITLE.demand, c.notifiedOn],
    [DOC.compulsionDecision]: [demolition ? TITLE.demolitionDecision : TITLE.seizureDecision, c.decidedOn],
    [DOC.seizedList]: [TITLE.seizedList, c.decidedOn],
  }
  const [title, date] = entries[s.docType] ?? [s.docType, null]
  return { title: s.docType === DOC.cover && c.caseType === 'compulsion' ? TITLE.coverCompulsion : title, date: ctx.zh(date), start: s.start, pages: s.pages }
}

function renderSection(ctx: CaseContext, s: Placed, all: Placed[], total: number): FormPages {
  switch (s.docType) {
    case DOC.cover: return cover(ctx, total)
    case DOC.catalogue: return catalogue(ctx, all.map((x) => catalogueEntry(ctx, x)))
    case DOC.filing: return filingForm(ctx)
    case DOC.inspection: return inspectionRecord(ctx, s.pages)
    case DOC.interview: return interviewRecord(ctx, s.pages)
    case DOC.evidence: return evidenceSection(ctx, s.pages)
    case DOC.report: return reportForm(ctx, s.pages)
    case DOC.notice: return noticeForm(ctx, s.pages)
    case DOC.statement: return statementRecord(ctx, s.pages)
    case DOC.legalReview: return legalReviewForm(ctx, s.pages)
    case DOC.collective: return collectiveRecord(ctx, s.pages)
    case DOC.decision: return ctx.c.procedure === 'simple' ? simpleDecisionForm(ctx) : decisionForm(ctx, s.pages)
    case DOC.service: return serviceReceipt(ctx, s.serves)
    case DOC.receipt: return paymentReceipt(ctx)
    case DOC.closing: return closingForm(ctx)
    case DOC.back: {
      const photos = all.filter((x) => x.docType === DOC.evidence).reduce((n, x) => n + x.pages - 1, 0)
      return backSheet(ctx, total, all.length, photos)
    }
    case DOC.demand: return demandForm(ctx, s.pages)
    case DOC.compulsionDecision: return compulsionDecisionForm(ctx, s.pages)
    case DOC.seizedList: return seizedListForm(ctx)
    default: throw new Error(`no form for ${s.docType}`)
  }
}

/**
 * The case file as page models, exactly as the page plan says: one model per page, each stamped
 * with its archive page number at the top right as a clerk would.
 */
export function buildCaseFilePages(demoCase: DemoCase, workspace: DemoWorkspace): PageModel[] {
  const ctx = caseContext(demoCase, workspace)
  const placed = place(demoCase.documents)
  const total = placed.reduce((n, s) => n + s.pages, 0)
  const pages: PageModel[] = []
  for (const s of placed) {
    const rendered = renderSection(ctx, s, placed, total)
    if (rendered.length !== s.pages) throw new Error(`${s.docType} rendered ${rendered.length} pages, planned ${s.pages}`)
    for (const ops of rendered) {
      const number = String(pages.length + 1)
      ops.push({ t: 'text', x: PAGE.width - 48 - textWidth(number, 14), y: PAGE.height - 40, size: 14, text: number, ink: 'pencil' })
      pages.push({ docType: s.docType, ops })
    }
  }
  return pages
}
