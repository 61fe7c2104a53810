import { cycle, fill } from '../format'
import { centered, custom, flow, spacer, title } from '../layout/flow'
import { CONTENT_WIDTH, MARGIN, type Op } from '../layout/page-model'
import { wrap } from '../layout/text'
import { LABEL, PUNCT, TEXT, TITLE } from '../vocabulary'
import type { CaseContext } from './context'
import type { FormPages } from './frame'
import { photo } from './photo-art'

const PHOTO_W = 400
const PHOTO_H = 220

/** A photocopy of the ID card or business licence: a grey card with its printed lines. */
function identityPage(ctx: CaseContext): Op[] {
  const { c } = ctx
  const org = c.partyType === 'organization'
  const lines = org
    ? TEXT.licenseLines.map((l) => fill(l, { party: c.party, rep: c.details.party.legalRepresentative ?? '', address: c.details.party.address, code: c.details.party.idNumber }))
    : TEXT.idLines.map((l) => fill(l, { name: c.party, address: c.details.party.address, id: c.details.party.idNumber }))
  const w = org ? 400 : 330
  const h = org ? 250 : 200
  const card = custom(h + 40, (top) => {
    const x = MARGIN.left + (CONTENT_WIDTH - w) / 2
    const y = top - h - 10
    const ops: Op[] = [
      { t: 'rect', x, y, w, h, fill: 0.86 },
      { t: 'rect', x, y, w, h, stroke: true, width: 0.8 },
      { t: 'text', x: x + 16, y: y + h - 30, size: 15, text: org ? TITLE.license : TITLE.idCard, bold: true },
    ]
    const wrapped = lines.flatMap((l) => wrap(l, 10.5, w - (org ? 130 : 120)))
    wrapped.forEach((text, i) => ops.push({ t: 'text', x: x + 16, y: y + h - 62 - i * 20, size: 10.5, text }))
    if (!org) ops.push({ t: 'rect', x: x + w - 90, y: y + 40, w: 70, h: 90, fill: 0.55 }, { t: 'ellipse', x: x + w - 55, y: y + 100, rx: 18, ry: 22, fill: 0.35 })
    else ops.push({ t: 'seal', x: x + w - 80, y: y + 60, r: 38, text: c.party })
    return ops
  })
  const note = `${TEXT.idCopyNote}${PUNCT.space}${LABEL.partySign}${c.details.interviewee}`
  // flow lays out exactly the pages asked for.
  const [page = []] = flow([title(TITLE.evidence), centered(TITLE.identity, 13), spacer(16), card, spacer(20), centered(note, 11)], 1)
  return page
}

function photoPage(ctx: CaseContext, first: number, stamp: string): Op[] {
  const { c, entry, random } = ctx
  const ops: Op[] = [{ t: 'text', x: MARGIN.left, y: MARGIN.top, size: 14, text: TITLE.photos, bold: true }]
  for (let k = 0; k < 2; k++) {
    const n = first + k
    const top = MARGIN.top - 30 - k * 345
    const x = MARGIN.left + (CONTENT_WIDTH - PHOTO_W) / 2
    ops.push(...photo(entry.scene, x, top - PHOTO_H, PHOTO_W, PHOTO_H, stamp, random))
    const caption = [
      fill(LABEL.photo, { n }),
      fill(LABEL.takenAt, { date: ctx.zh(c.discoveredOn), time: c.details.time }),
      fill(LABEL.takenPlace, { place: c.details.place }),
      fill(LABEL.note, { text: cycle(entry.captions, n - 1) }),
      fill(LABEL.photographer, { names: ctx.officerNames }),
    ]
    caption.forEach((text, i) => ops.push({ t: 'text', x, y: top - PHOTO_H - 20 - i * 17, size: 10.5, text, bold: i === 0 }))
  }
  return ops
}

/** The evidence section: the party's identity papers, then photos two to a page. */
export function evidenceSection(ctx: CaseContext, pages: number): FormPages {
  const stamp = `${ctx.c.discoveredOn ?? ''} ${ctx.c.details.time.replace(/\D+/g, ':').replace(/:$/, '')}`
  const out: FormPages = [identityPage(ctx)]
  for (let p = 1; p < pages; p++) out.push(photoPage(ctx, (p - 1) * 2 + 1, stamp))
  return out
}
