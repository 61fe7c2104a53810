import type { CaseDates, DateKind } from './case-dates'
import type { Random } from './random'
import type { DemoDefect, DemoDocumentSection } from './types'
import { DOC } from './vocabulary'

export interface PlanInput {
  kind: DateKind
  dates: CaseDates
  defects: DemoDefect[]
  isMajor: boolean
  statementMade: boolean
  /** Scenes with vehicles, sites and buildings carry more photos. */
  heavyEvidence: boolean
}

const MAX_PAGES = 60

/**
 * The scanned file's documents in filing order. What a case lacks is planted or not reached yet:
 * no 送达回证 for missing_service_receipt, no 法制审核意见 for major_without_legal_review, nothing
 * after the last milestone the registry knows.
 */
export function planDocuments(input: PlanInput, random: Random): DemoDocumentSection[] {
  const { kind, dates, defects } = input
  const sections: DemoDocumentSection[] = []
  const add = (docType: string, pages: number, when: unknown = true) => {
    if (when) sections.push({ docType, pages })
  }
  const receipts = !defects.includes('missing_service_receipt')
  const legalReview = input.isMajor && !defects.includes('major_without_legal_review')

  add(DOC.cover, 1)
  add(DOC.catalogue, 1)
  if (kind === 'simple') {
    add(DOC.inspection, 1)
    add(DOC.evidence, random.int(2, 5))
    add(DOC.statement, 1, input.statementMade)
    add(DOC.decision, 1)
    add(DOC.service, 1, receipts)
  } else if (kind === 'seizure') {
    add(DOC.filing, 1)
    add(DOC.inspection, 2)
    add(DOC.interview, 2)
    add(DOC.evidence, random.int(3, 6))
    add(DOC.compulsionDecision, 1)
    add(DOC.seizedList, 1)
    add(DOC.service, 1, receipts)
  } else {
    const demolition = kind === 'demolition'
    add(DOC.filing, 1, dates.filedOn)
    add(DOC.inspection, random.pick([1, 2, 2, 3]))
    add(DOC.interview, random.int(2, 6), dates.filedOn)
    add(DOC.evidence, input.heavyEvidence ? random.int(8, 26) : random.int(4, 12))
    add(DOC.report, 2, dates.investigationEndedOn)
    add(demolition ? DOC.demand : DOC.notice, demolition ? 1 : random.int(1, 2), dates.notifiedOn)
    add(DOC.service, 1, dates.notifiedOn && receipts)
    add(DOC.statement, 1, dates.notifiedOn && input.statementMade)
    add(DOC.legalReview, 2, dates.decidedOn && legalReview)
    add(DOC.collective, 2, dates.decidedOn && input.isMajor)
    add(demolition ? DOC.compulsionDecision : DOC.decision, demolition ? random.int(1, 2) : 2, dates.decidedOn)
    add(DOC.service, 1, dates.servedOn && receipts)
  }
  add(DOC.receipt, 1, kind !== 'seizure' && kind !== 'demolition' && dates.executedOn)
  add(DOC.closing, 1, dates.closedOn)
  add(DOC.back, 1, dates.archivedOn)
  return fitPageCount(sections, kind === 'ordinary' && dates.decidedOn ? 20 : 10)
}

/** Photos are the elastic part of a file: grow or shrink them to keep the total in range. */
function fitPageCount(sections: DemoDocumentSection[], min: number): DemoDocumentSection[] {
  const total = sections.reduce((sum, s) => sum + s.pages, 0)
  const evidence = sections.find((s) => s.docType === DOC.evidence)
  if (evidence && total < min) evidence.pages += min - total
  if (evidence && total > MAX_PAGES) evidence.pages = Math.max(2, evidence.pages - (total - MAX_PAGES))
  return sections
}
