import fontkit from '@pdf-lib/fontkit'
import {
  PDFDocument, type PDFFont, PDFName, type PDFOperator, type PDFPage, type PDFRef, TextRenderingMode, appendBezierCurve, beginText,
  closePath, endText, fill, lineTo, moveTo, popGraphicsState, pushGraphicsState, rectangle, setFillingGrayscaleColor,
  setFillingRgbColor, setFontAndSize, setGraphicsState, setLineWidth, setStrokingRgbColor, setTextMatrix,
  setTextRenderingMode, showText, stroke,
} from 'pdf-lib'
import { buildCaseFilePages } from './case-file-pages'
import { DEMO_AS_OF } from './case-dates'
import type { Ink, Op } from './layout/page-model'
import { PAGE } from './layout/page-model'
import { createRandom, hashString } from './random'
import { dust, paper, skew, speckleSheets } from './scan-look'
import type { DemoCase, DemoWorkspace } from './types'
import { SEAL_STAR } from './vocabulary'

const INK: Record<Ink, [number, number, number]> = {
  ink: [0.13, 0.13, 0.15],
  faint: [0.45, 0.45, 0.47],
  red: [0.83, 0.13, 0.13],
  blue: [0.13, 0.2, 0.52],
  pencil: [0.32, 0.32, 0.38],
  stamp: [0.93, 0.55, 0.16],
}
const FONT_KEY = 'F1'
const SEAL_STATE = 'GSeal'
const FIXED_DATE = new Date(`${DEMO_AS_OF}T08:00:00Z`)
const r2 = (n: number) => Math.round(n * 100) / 100

interface Pen {
  font: PDFFont
  ops: PDFOperator[]
}

function text(pen: Pen, x: number, y: number, size: number, s: string, ink: Ink, bold = false, degrees = 0): void {
  const [r, g, b] = INK[ink]
  const a = (degrees * Math.PI) / 180
  const cos = r2(Math.cos(a) * 1e4) / 1e4
  const sin = r2(Math.sin(a) * 1e4) / 1e4
  pen.ops.push(setFillingRgbColor(r, g, b))
  if (bold) pen.ops.push(setTextRenderingMode(TextRenderingMode.FillAndOutline), setStrokingRgbColor(r, g, b), setLineWidth(size * 0.03))
  pen.ops.push(beginText(), setFontAndSize(FONT_KEY, size), setTextMatrix(cos, sin, -sin, cos, r2(x), r2(y)), showText(pen.font.encodeText(s)), endText())
  if (bold) pen.ops.push(setTextRenderingMode(TextRenderingMode.Fill))
}

/** Four Bézier quarters: PDF has no ellipse operator. */
function ellipsePath(x: number, y: number, rx: number, ry: number): PDFOperator[] {
  const k = 0.5523
  return [
    moveTo(r2(x + rx), r2(y)),
    appendBezierCurve(r2(x + rx), r2(y + ry * k), r2(x + rx * k), r2(y + ry), r2(x), r2(y + ry)),
    appendBezierCurve(r2(x - rx * k), r2(y + ry), r2(x - rx), r2(y + ry * k), r2(x - rx), r2(y)),
    appendBezierCurve(r2(x - rx), r2(y - ry * k), r2(x - rx * k), r2(y - ry), r2(x), r2(y - ry)),
    appendBezierCurve(r2(x + rx * k), r2(y - ry), r2(x + rx), r2(y - ry * k), r2(x + rx), r2(y)),
    closePath(),
  ]
}

/** A round red official seal: ring, star, and the issuer's name along the upper arc. */
function seal(pen: Pen, x: number, y: number, r: number, name: string): void {
  const [red, g, b] = INK.red
  pen.ops.push(pushGraphicsState(), setGraphicsState(SEAL_STATE), setStrokingRgbColor(red, g, b), setLineWidth(r * 0.06))
  pen.ops.push(...ellipsePath(x, y, r, r), stroke())
  const chars = [...name]
  const size = Math.min(r * 0.3, (r * 4) / Math.max(chars.length, 1))
  const span = Math.min(250, chars.length * 24) * (Math.PI / 180)
  const radius = r - r * 0.1 - size * 0.88
  chars.forEach((ch, i) => {
    const a = Math.PI / 2 + span / 2 - (chars.length > 1 ? (span * i) / (chars.length - 1) : span / 2)
    const tx = Math.sin(a)
    const ty = -Math.cos(a)
    const px = x + radius * Math.cos(a) - (tx * size) / 2
    const py = y + radius * Math.sin(a) - (ty * size) / 2
    text(pen, px, py, size, ch, 'red', false, (a * 180) / Math.PI - 90)
  })
  const star = r * 0.26
  text(pen, x - star / 2, y - star * 0.4, star, SEAL_STAR, 'red')
  pen.ops.push(popGraphicsState())
}

function draw(pen: Pen, op: Op): void {
  switch (op.t) {
    case 'text':
      text(pen, op.x, op.y, op.size, op.text, op.ink ?? 'ink', op.bold, op.rotate ?? 0)
      return
    case 'line': {
      const [r, g, b] = INK[op.ink ?? 'ink']
      pen.ops.push(setStrokingRgbColor(r, g, b), setLineWidth(op.width ?? 0.8), moveTo(r2(op.x1), r2(op.y1)), lineTo(r2(op.x2), r2(op.y2)), stroke())
      return
    }
    case 'rect':
      if (op.fill !== undefined) pen.ops.push(setFillingGrayscaleColor(op.fill), rectangle(r2(op.x), r2(op.y), r2(op.w), r2(op.h)), fill())
      if (op.stroke) pen.ops.push(setStrokingRgbColor(...INK.ink), setLineWidth(op.width ?? 0.8), rectangle(r2(op.x), r2(op.y), r2(op.w), r2(op.h)), stroke())
      return
    case 'poly': {
      const [[x0, y0], ...rest] = op.points
      pen.ops.push(setFillingGrayscaleColor(op.fill), moveTo(r2(x0), r2(y0)))
      for (const [px, py] of rest) pen.ops.push(lineTo(r2(px), r2(py)))
      pen.ops.push(closePath(), fill())
      return
    }
    case 'ellipse':
      if (op.fill !== undefined) pen.ops.push(setFillingGrayscaleColor(op.fill), ...ellipsePath(op.x, op.y, op.rx, op.ry), fill())
      if (op.stroke) pen.ops.push(setStrokingRgbColor(...INK.ink), setLineWidth(op.width ?? 0.8), ...ellipsePath(op.x, op.y, op.rx, op.ry), stroke())
      return
    case 'seal':
      seal(pen, op.x, op.y, op.r, op.text)
  }
}

/** Fixed resource names keep the output byte-stable (pdf-lib would draw random suffixes). */
function preparePage(page: PDFPage, font: PDFFont, sheets: PDFRef[], sealState: PDFRef): void {
  page.node.setFontDictionary(PDFName.of(FONT_KEY), font.ref)
  sheets.forEach((ref, i) => page.node.setXObject(PDFName.of(`Sp${i}`), ref))
  page.node.setExtGState(PDFName.of(SEAL_STATE), sealState)
}

/**
 * Renders a demo case file as a scanned-looking A4 PDF following its page plan. Deterministic:
 * the same case and font give the same bytes (fixed dates and names, no clock, no Math.random).
 */
export async function renderCaseFilePdf(demoCase: DemoCase, workspace: DemoWorkspace, fontBytes: Uint8Array): Promise<Uint8Array> {
  const models = buildCaseFilePages(demoCase, workspace)
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(fontkit)
  const font = await doc.embedFont(fontBytes, { subset: true, customName: 'DEMOSC+DemoSerifSC' })
  doc.setTitle(demoCase.caseNumber)
  doc.setProducer('Case File Review Desk demo generator')
  doc.setCreator('Case File Review Desk demo generator')
  doc.setCreationDate(FIXED_DATE)
  doc.setModificationDate(FIXED_DATE)

  const random = createRandom(hashString(demoCase.caseNumber) ^ 0x5ca4)
  const sheets = speckleSheets(doc, random)
  const sealState = doc.context.obj({ Type: 'ExtGState', ca: 0.82, CA: 0.82, BM: 'Multiply' })
  const sealRef = doc.context.register(sealState)
  for (const model of models) {
    const page = doc.addPage([PAGE.width, PAGE.height])
    preparePage(page, font, sheets, sealRef)
    const pen: Pen = { font, ops: [...paper(random), pushGraphicsState(), skew((random.next() * 2 - 1) * 0.6)] }
    for (const op of model.ops) draw(pen, op)
    pen.ops.push(popGraphicsState(), ...dust(`Sp${random.int(0, sheets.length - 1)}`, random))
    page.pushOperators(...pen.ops)
  }
  return doc.save({ useObjectStreams: true })
}
