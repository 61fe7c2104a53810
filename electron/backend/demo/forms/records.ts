import { fill, zhTime } from '../format'
import { type Block, custom, field, fieldRow, flow, line, paragraph, spacer, title } from '../layout/flow'
import { MARGIN, type Op } from '../layout/page-model'
import { LABEL, PUNCT, TEXT, TITLE } from '../vocabulary'
import type { CaseContext } from './context'
import { type FormPages, colon, framePages } from './frame'

function partyFields(ctx: CaseContext): Block[] {
  const { c } = ctx
  const org = c.partyType === 'organization'
  return [
    ...field(colon(LABEL.party), c.party),
    ...field(colon(LABEL.address), c.details.party.address),
    ...field(colon(org ? LABEL.creditCode : LABEL.idNumber), c.details.party.idNumber),
  ]
}

function qa(q: string, a: string): Block[] {
  return [...paragraph(q, { hanging: LABEL.question }), ...paragraph(a, { hanging: LABEL.answer })]
}

function signatures(ctx: CaseContext): [string, string][] {
  return [
    [LABEL.intervieweeSign, ctx.c.details.interviewee],
    [LABEL.officerSign, ctx.officerNames],
  ]
}

/** A stand-in site sketch: the road, the spot, a north arrow. */
function sketch(ctx: CaseContext): Block {
  const r = ctx.random
  return custom(250, (top) => {
    const x0 = MARGIN.left + 20
    const w = MARGIN.right - MARGIN.left - 40
    const y0 = top - 230
    const roadY = y0 + r.int(60, 120)
    const spotX = x0 + r.int(60, w - 160)
    const ops: Op[] = [
      { t: 'text', x: x0, y: top - 16, size: 12, text: TITLE.sketch, bold: true },
      { t: 'rect', x: x0, y: y0, w, h: 200, stroke: true, width: 0.8 },
      { t: 'line', x1: x0, y1: roadY, x2: x0 + w, y2: roadY, width: 1 },
      { t: 'line', x1: x0, y1: roadY - 40, x2: x0 + w, y2: roadY - 40, width: 1 },
      { t: 'text', x: x0 + w - 60, y: roadY - 25, size: 10, text: TEXT.sketchRoad, ink: 'blue' },
      { t: 'rect', x: spotX, y: roadY + 8, w: 90, h: 50, stroke: true, width: 1.2 },
      { t: 'text', x: spotX + 12, y: roadY + 28, size: 10, text: TEXT.sketchSite, ink: 'blue' },
      { t: 'line', x1: x0 + w - 30, y1: y0 + 160, x2: x0 + w - 30, y2: y0 + 190, width: 1 },
      { t: 'line', x1: x0 + w - 36, y1: y0 + 182, x2: x0 + w - 30, y2: y0 + 190, width: 1 },
      { t: 'line', x1: x0 + w - 24, y1: y0 + 182, x2: x0 + w - 30, y2: y0 + 190, width: 1 },
      { t: 'text', x: x0 + w - 35, y: y0 + 146, size: 10, text: TEXT.sketchNorth },
    ]
    for (let i = 0; i < 5; i++) ops.push({ t: 'line', x1: spotX + i * 18, y1: roadY + 8, x2: spotX + i * 18 + 18, y2: roadY + 58, width: 0.4, ink: 'pencil' })
    ops.push({ t: 'text', x: x0 + 6, y: y0 + 8, size: 9, text: TEXT.sketchNote, ink: 'faint' })
    return ops
  })
}

export function inspectionRecord(ctx: CaseContext, pages: number): FormPages {
  const { c } = ctx
  const start = ctx.random.int(17, 32) * 30
  const when = fill(LABEL.timeRange, { date: ctx.zh(c.discoveredOn), start: zhTime(start), end: zhTime(start + ctx.random.int(3, 9) * 5) })
  const blocks: Block[] = [
    title(TITLE.inspection),
    ...field(colon(LABEL.checkTime), when),
    ...field(colon(LABEL.checkPlace), c.details.place),
    ...field(colon(LABEL.inspectors), ctx.officersWithBadges),
    ...field(colon(LABEL.recorder), ctx.recorder.name),
    ...partyFields(ctx),
    ...field(colon(LABEL.present), c.details.interviewee),
    spacer(6),
    ...paragraph(fill(TEXT.identityStatement, { names: ctx.officerNames })),
    line(TEXT.inspectionIntro, { bold: true }),
    ...paragraph(c.details.facts),
  ]
  for (let i = 1; i < pages; i++) blocks.push(sketch(ctx))
  blocks.push(...paragraph(fill(TEXT.inspectionEnd, { photos: ctx.random.int(4, 12), order: ctx.entry.order })))
  return framePages(flow(blocks, pages), TITLE.inspection, [
    [LABEL.partySign, c.details.interviewee],
    [LABEL.officerSign, ctx.officerNames],
  ])
}

function interviewHead(ctx: CaseContext, date: string, second: boolean): Block[] {
  const { c } = ctx
  const start = ctx.random.int(18, 32) * 30
  const relation = c.details.intervieweeRole ? `${LABEL.partyAgent}${PUNCT.open}${c.details.intervieweeRole}${PUNCT.close}` : LABEL.partySelf
  return [
    title(second ? TITLE.interview + LABEL.secondSession : TITLE.interview),
    ...field(colon(LABEL.interviewTime), fill(LABEL.timeRange, { date: ctx.zh(date), start: zhTime(start), end: zhTime(start + ctx.random.int(4, 10) * 5) })),
    ...field(colon(LABEL.interviewPlace), fill(LABEL.office, { squad: ctx.squadName })),
    fieldRow([[colon(LABEL.interviewer), ctx.handler.name], [colon(LABEL.recorder), ctx.recorder.name]]),
    fieldRow([[colon(LABEL.interviewee), c.details.interviewee], [colon(LABEL.relation), relation]]),
    spacer(6),
  ]
}

function firstSession(ctx: CaseContext, pairs: number): Block[] {
  const { c } = ctx
  const v = c.details.vars
  const o = ctx.officers
  const self = c.details.intervieweeRole
    ? fill(TEXT.interviewAgentA, { name: c.details.interviewee, party: c.party, role: c.details.intervieweeRole })
    : fill(TEXT.interviewSelfA, { name: c.party, id: c.details.party.idNumber, address: c.details.party.address, phone: c.details.party.phone })
  const specific = ctx.entry.qa.map(([q, a]) => [fill(q, v), fill(a, v)] as [string, string])
  const extra = ctx.random.sample(TEXT.extraQA, Math.max(0, pairs - specific.length - 4))
  const all: [string, string][] = [
    [fill(TEXT.interviewOpenQ, { o1: ctx.handler.name, o2: (o[1] ?? ctx.handler).name, violation: c.violation }), TEXT.interviewOpenA],
    [TEXT.interviewSelfQ, self],
    ...specific,
    ...extra,
    [TEXT.interviewCloseQ, TEXT.interviewCloseA],
    [TEXT.interviewCheckQ, TEXT.interviewCheckA],
  ]
  return all.flatMap(([q, a]) => qa(q, a))
}

function secondSession(): Block[] {
  return [...TEXT.secondSessionQA, [TEXT.interviewCheckQ, TEXT.interviewCheckA] as [string, string]].flatMap(([q, a]) => qa(q, a))
}

/** Up to three pages are one interview; longer records add a follow-up interview on a later day. */
export function interviewRecord(ctx: CaseContext, pages: number): FormPages {
  const { c } = ctx
  const day = c.filedOn ?? c.discoveredOn ?? ''
  const firstPages = pages >= 6 ? pages - 2 : pages >= 4 ? pages - 1 : pages
  const sign = signatures(ctx)
  const first = framePages(flow([...interviewHead(ctx, day, false), ...firstSession(ctx, firstPages * 8)], firstPages), TITLE.interview, sign)
  if (firstPages === pages) return first
  const later = c.investigationEndedOn ?? day
  const second = framePages(flow([...interviewHead(ctx, later, true), ...secondSession()], pages - firstPages), TITLE.interview, sign)
  return [...first, ...second]
}

export function statementRecord(ctx: CaseContext, pages: number): FormPages {
  const { c } = ctx
  const date = ctx.statementOn ?? c.notifiedOn ?? ''
  const blocks: Block[] = [
    title(TITLE.statement),
    ...field(colon(LABEL.interviewTime), ctx.zh(date) + zhTime(ctx.random.int(18, 32) * 30)),
    ...field(colon(LABEL.interviewPlace), fill(LABEL.office, { squad: ctx.squadName })),
    fieldRow([[colon(LABEL.stateAgent), c.details.interviewee], [colon(LABEL.recorder), ctx.recorder.name]]),
    ...field(colon(LABEL.handlers), ctx.officerNames),
    spacer(6),
    ...paragraph(fill(TEXT.statementIntro, { date: ctx.zh(date) })),
    ...TEXT.statementQA.flatMap(([q, a]) => qa(q, a)),
    spacer(8),
    ...paragraph(TEXT.statementReview),
  ]
  return framePages(flow(blocks, pages), TITLE.statement, signatures(ctx))
}
