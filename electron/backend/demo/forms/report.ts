import { fill } from '../format'
import { type Block, field, flow, line, spacer, title } from '../layout/flow'
import { LABEL, PUNCT, TEXT, TITLE } from '../vocabulary'
import type { CaseContext } from './context'
import { prose } from './prose'
import { type FormPages, colon, framePages } from './frame'

/** 调查终结报告: the handlers' summing-up with their proposal, signed and approved. */
export function reportForm(ctx: CaseContext, pages: number): FormPages {
  const { c, entry } = ctx
  const [who, how, what, law, proposal] = TEXT.reportSections
  const org = c.partyType === 'organization'
  const partyLine = [c.party, c.details.party.address, `${org ? LABEL.creditCode : LABEL.idNumber}${PUNCT.colon}${c.details.party.idNumber}`].join(PUNCT.comma)
  const compulsion = c.caseType === 'compulsion'
  const blocks: Block[] = [
    title(TITLE.report),
    ...field(colon(LABEL.caseNumber), c.caseNumber),
    ...field(colon(LABEL.cause), c.violation + LABEL.caseSuffix),
    spacer(6),
    line(who, { bold: true }),
    ...prose(partyLine),
    line(how, { bold: true }),
    ...prose(fill(TEXT.reportSource, { source: c.details.source, filedOn: ctx.zh(c.filedOn), names: ctx.officerNames })),
    line(what, { bold: true }),
    ...prose(c.details.facts),
    ...prose(TEXT.reportEvidence),
    line(law, { bold: true }),
    ...prose(fill(TEXT.reportBasis, { breach: entry.breach, penalty: entry.penaltyClause, reason: ctx.tierReason })),
    line(proposal, { bold: true }),
    ...prose(fill(compulsion ? TEXT.reportCompulsion : TEXT.reportOpinion, { sanction: ctx.sanction })),
    ...prose(TEXT.reportEnd),
    spacer(12),
    ...field(LABEL.handlerSign, `${ctx.officerNames}${PUNCT.space}${ctx.zh(c.investigationEndedOn)}`),
    ...field(colon(LABEL.leaderOpinion), `${LABEL.agree}${PUNCT.space}${c.details.squadLeader}${PUNCT.space}${ctx.zh(c.investigationEndedOn)}`),
  ]
  return framePages(flow(blocks, pages), TITLE.report)
}
