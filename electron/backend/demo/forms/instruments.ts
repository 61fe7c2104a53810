import { fill, upperYuan, yuan } from '../format'
import { type Block, type Cell, field, flow, line, rightAligned, sealedDate, spacer, table, title } from '../layout/flow'
import { BUREAU, LABEL, PUNCT, REVIEW_BODY, TEXT, TITLE } from '../vocabulary'
import type { CaseContext } from './context'
import { prose } from './prose'
import { type FormPages, colon, framePages } from './frame'

/** The addressee block of an instrument served on the party. */
function addressee(ctx: CaseContext): Block[] {
  const { c } = ctx
  const org = c.partyType === 'organization'
  const blocks = [
    ...field(colon(LABEL.party), c.party),
    ...field(colon(LABEL.address), c.details.party.address),
    ...field(colon(org ? LABEL.creditCode : LABEL.idNumber), c.details.party.idNumber),
  ]
  if (c.details.party.legalRepresentative) blocks.push(...field(colon(LABEL.legalRep), c.details.party.legalRepresentative))
  blocks.push(spacer(6))
  return blocks
}

export function noticeForm(ctx: CaseContext, pages: number): FormPages {
  const { c, entry } = ctx
  const blocks: Block[] = [
    title(TITLE.notice),
    rightAligned(c.details.noticeNumber ?? '', 11),
    ...addressee(ctx),
    ...prose(fill(TEXT.noticeBody, { facts: c.details.facts })),
    ...prose(fill(TEXT.noticeBasis, { breach: entry.breach, penalty: entry.penaltyClause, sanction: ctx.sanction })),
    ...prose(TEXT.noticeRights),
  ]
  if (c.isMajor || (c.penaltyFen ?? 0) >= 1_000_000) blocks.push(...prose(TEXT.noticeHearing))
  blocks.push(...prose(fill(TEXT.noticeContact, { names: ctx.officerNames })), sealedDate(BUREAU, ctx.zh(c.notifiedOn), BUREAU))
  return framePages(flow(blocks, pages), TITLE.notice)
}

export function decisionForm(ctx: CaseContext, pages: number): FormPages {
  const { c, entry } = ctx
  const blocks: Block[] = [
    title(TITLE.decision),
    rightAligned(c.caseNumber, 11),
    ...addressee(ctx),
    ...prose(fill(TEXT.decisionFacts, { facts: c.details.facts })),
    ...prose(TEXT.decisionEvidence),
    ...prose(fill(TEXT.decisionBasis, {
      breach: entry.breach,
      notifiedOn: ctx.zh(c.notifiedOn),
      statement: c.details.statementMade ? TEXT.decisionStatementMade : TEXT.decisionNoStatement,
      penalty: entry.penaltyClause,
      reason: ctx.tierReason,
    })),
    ...prose(fill(TEXT.decisionSanction, { sanction: ctx.sanction })),
    ...prose(TEXT.decisionPayment),
    ...prose(fill(TEXT.decisionRemedy, { reviewBody: REVIEW_BODY })),
    sealedDate(BUREAU, ctx.zh(c.decidedOn), BUREAU),
  ]
  return framePages(flow(blocks, pages), TITLE.decision)
}

export function simpleDecisionForm(ctx: CaseContext): FormPages {
  const { c, entry } = ctx
  return flow([
    title(TITLE.decisionSimple),
    rightAligned(c.caseNumber, 11),
    ...addressee(ctx),
    ...prose(fill(TEXT.decisionSimpleBody, {
      date: ctx.zh(c.decidedOn), time: c.details.time, place: c.details.place, party: c.party,
      violation: c.violation, breach: entry.breach, penalty: entry.penaltyClause, sanction: ctx.sanction,
    })),
    ...prose(TEXT.decisionSimplePay),
    ...prose(fill(TEXT.decisionRemedy, { reviewBody: REVIEW_BODY })),
    spacer(10),
    ...field(LABEL.officerSign, ctx.officersWithBadges),
    ...field(LABEL.partySign, c.details.interviewee),
    sealedDate(BUREAU, ctx.zh(c.decidedOn), BUREAU),
  ], 1)
}

export function demandForm(ctx: CaseContext, pages: number): FormPages {
  const { c } = ctx
  const blocks: Block[] = [
    title(TITLE.demand),
    rightAligned(c.details.noticeNumber ?? '', 11),
    ...addressee(ctx),
    ...prose(fill(TEXT.demandBody, { place: c.details.place })),
    ...prose(fill(TEXT.noticeContact, { names: ctx.officerNames })),
    sealedDate(BUREAU, ctx.zh(c.notifiedOn), BUREAU),
  ]
  return framePages(flow(blocks, pages), TITLE.demand)
}

export function compulsionDecisionForm(ctx: CaseContext, pages: number): FormPages {
  const { c, entry } = ctx
  const demolition = entry.code === 'demolition'
  const heading = demolition ? TITLE.demolitionDecision : TITLE.seizureDecision
  const basis = fill(demolition ? TEXT.demolitionBasis : TEXT.seizureBasis, {
    penalty: entry.penaltyClause,
    compulsion: demolition ? TEXT.compulsionLaw : TEXT.seizureLaw,
  })
  const blocks: Block[] = [
    title(heading),
    rightAligned(c.caseNumber, 11),
    ...addressee(ctx),
    ...prose(fill(TEXT.compulsionBody, { party: c.party, facts: c.details.facts })),
    ...prose(basis),
    ...prose(fill(TEXT.compulsionRemedy, { reviewBody: REVIEW_BODY })),
    sealedDate(BUREAU, ctx.zh(c.decidedOn), BUREAU),
  ]
  return framePages(flow(blocks, pages), heading)
}

export function seizedListForm(ctx: CaseContext): FormPages {
  const { c } = ctx
  const head: Cell[] = [
    { text: LABEL.index, span: 0.1, label: true },
    { text: LABEL.items, span: 0.4, label: true },
    { text: LABEL.quantity, span: 0.18, label: true },
    { text: LABEL.condition, span: 0.16, label: true },
    { text: LABEL.remarks, span: 0.16, label: true },
  ]
  const rows = c.details.seizedItems.map((item, i) => {
    // Items read like '三轮车1辆': name, count, measure word.
    // All three groups take part in a match.
    const m = /^(.*?)(\d+)(\D*)$/.exec(item)
    const [, name = item, count = '', measure = ''] = m ?? []
    const plate = i === 0 && c.details.vehiclePlate ? `${PUNCT.open}${c.details.vehiclePlate}${PUNCT.close}` : ''
    return { cells: [
      { text: String(i + 1), span: 0.1, label: true },
      { text: name + plate, span: 0.4 },
      { text: m ? count + measure : '', span: 0.18 },
      { text: LABEL.conditionOk, span: 0.16 },
      { text: '', span: 0.16 },
    ] as Cell[], minHeight: 28 }
  })
  while (rows.length < 8) rows.push({ cells: head.map((h) => ({ text: '', span: h.span })), minHeight: 28 })
  return flow([
    title(TITLE.seizedList),
    rightAligned(c.caseNumber, 11),
    ...field(colon(LABEL.party), c.party),
    ...field(colon(LABEL.seizePlace), c.details.place),
    ...field(colon(LABEL.seizeTime), ctx.zh(c.decidedOn) + c.details.time),
    spacer(6),
    table([{ cells: head }, ...rows]),
    ...field(colon(LABEL.storage), LABEL.storageValue),
    ...prose(TEXT.seizureListNote),
    spacer(10),
    ...field(LABEL.partySign, c.details.interviewee),
    ...field(LABEL.officerSign, ctx.officerNames),
  ], 1)
}

/** A 送达回证: for the prior notice (or the demand) or for the decision. */
export function serviceReceipt(ctx: CaseContext, of: 'notice' | 'decision'): FormPages {
  const { c } = ctx
  const demolition = ctx.entry.code === 'demolition'
  const doc = of === 'notice'
    ? `${demolition ? TEXT.serviceNoticeDemand : TEXT.serviceNotice}${PUNCT.open}${c.details.noticeNumber ?? ''}${PUNCT.close}`
    : `${c.caseType === 'compulsion' ? TEXT.serviceCompulsion : TEXT.serviceDecision}${PUNCT.open}${c.caseNumber}${PUNCT.close}`
  const date = of === 'notice' ? c.notifiedOn : c.servedOn
  const way = ctx.random.pick([LABEL.serviceWayDirect, LABEL.serviceWayDirect, LABEL.serviceWayLeft, LABEL.serviceWayPost])
  const r = (label: string, text: string, minHeight = 40) => ({ cells: [{ text: label, span: 0.28, label: true }, { text, span: 0.72 }] as Cell[], minHeight })
  return flow([
    title(TITLE.service),
    spacer(10),
    table([
      r(LABEL.document, doc, 56),
      r(LABEL.recipient, c.party),
      r(LABEL.servicePlace, c.details.party.address),
      r(LABEL.serviceWay, way),
      r(LABEL.server, ctx.officerNames),
      r(LABEL.recipientSign, `${c.details.interviewee}\n${ctx.zh(date)}`, 80),
      r(LABEL.remarks, '', 60),
    ], 12),
    sealedDate(BUREAU, ctx.zh(date), null),
  ], 1)
}

export function paymentReceipt(ctx: CaseContext): FormPages {
  const { c } = ctx
  const fen = c.penaltyFen ?? 0
  const voucher = String(ctx.random.int(10_000_000, 99_999_999))
  const r = (a: string, b: string, x: string, y: string) => ({ cells: [
    { text: a, span: 0.18, label: true }, { text: b, span: 0.32 }, { text: x, span: 0.18, label: true }, { text: y, span: 0.32 },
  ] as Cell[], minHeight: 34 })
  return flow([
    title(TITLE.receipt, 16),
    rightAligned(`${LABEL.voucherNo}${PUNCT.colon}${voucher}`, 10),
    table([
      r(LABEL.payer, c.party, LABEL.payee, BUREAU),
      r(LABEL.item, LABEL.itemFine, LABEL.amount, fill(LABEL.amountValue, { amount: yuan(fen) })),
      r(LABEL.amountUpper, upperYuan(fen), LABEL.payDate, ctx.zh(c.executedOn)),
      r(LABEL.bank, LABEL.bankName, LABEL.caseNumber, c.caseNumber),
    ], 10.5),
    line(TEXT.receiptNote, { size: 10, ink: 'faint' }),
    sealedDate(LABEL.bankName, ctx.zh(c.executedOn), LABEL.bankStamp),
  ], 1)
}
