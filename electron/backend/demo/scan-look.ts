import {
  type PDFDocument, type PDFOperator, type PDFRef, concatTransformationMatrix, drawObject, fill, lineTo, moveTo,
  popGraphicsState, pushGraphicsState, rectangle, setFillingGrayscaleColor, setFillingRgbColor, setLineWidth,
  setStrokingGrayscaleColor, stroke,
} from 'pdf-lib'
import { PAGE } from './layout/page-model'
import type { Random } from './random'

const r2 = (n: number) => Math.round(n * 100) / 100

/**
 * Scanner dust: a few sheets of speckles stored once per document as form XObjects and stamped
 * on each page flipped and shifted, so 40 pages of noise cost about as much as three.
 */
export function speckleSheets(doc: PDFDocument, random: Random, count = 3): PDFRef[] {
  const refs: PDFRef[] = []
  for (let s = 0; s < count; s++) {
    const ops: PDFOperator[] = []
    for (const grey of [0.42, 0.55, 0.68]) {
      ops.push(setFillingGrayscaleColor(grey))
      for (let i = 0; i < 70; i++) {
        const size = random.chance(0.08) ? 1 + random.next() * 1.6 : 0.25 + random.next() * 0.7
        ops.push(rectangle(r2(random.next() * PAGE.width), r2(random.next() * PAGE.height), r2(size), r2(size * (0.6 + random.next() * 0.8))))
      }
      ops.push(fill())
    }
    // A hair or a scratch now and then.
    ops.push(setStrokingGrayscaleColor(0.6), setLineWidth(0.35))
    for (let i = 0; i < 3; i++) {
      const x = random.next() * PAGE.width
      const y = random.next() * PAGE.height
      ops.push(moveTo(r2(x), r2(y)), lineTo(r2(x + random.int(-40, 40)), r2(y + random.int(-25, 25))))
    }
    ops.push(stroke())
    const stream = doc.context.formXObject(ops, { BBox: [0, 0, PAGE.width, PAGE.height] })
    refs.push(doc.context.register(stream))
  }
  return refs
}

/** Off-white paper, slightly different on every sheet, with a scanner-lid shadow on some. */
export function paper(random: Random): PDFOperator[] {
  const tint = random.next() * 0.015
  const ops: PDFOperator[] = [
    setFillingRgbColor(r2(0.968 - tint), r2(0.958 - tint), r2(0.93 - tint * 1.5)),
    rectangle(0, 0, PAGE.width, PAGE.height),
    fill(),
  ]
  if (random.chance(0.45)) {
    const left = random.chance(0.5)
    for (const [width, grey] of [[9, 0.9], [5, 0.84], [2, 0.74]] as const) {
      ops.push(setFillingGrayscaleColor(grey))
      ops.push(left ? rectangle(0, 0, width, PAGE.height) : rectangle(0, PAGE.height - width, PAGE.width, width), fill())
    }
  }
  return ops
}

/** Stamps one of the speckle sheets, mirrored at random. */
export function dust(name: string, random: Random): PDFOperator[] {
  const fx = random.chance(0.5) ? -1 : 1
  const fy = random.chance(0.5) ? -1 : 1
  return [
    pushGraphicsState(),
    concatTransformationMatrix(fx, 0, 0, fy, fx < 0 ? PAGE.width : 0, fy < 0 ? PAGE.height : 0),
    drawObject(name),
    popGraphicsState(),
  ]
}

/** The sheet lay a little crooked on the glass: rotate the content about the page centre. */
export function skew(degrees: number): PDFOperator {
  const a = (degrees * Math.PI) / 180
  const cos = Math.cos(a)
  const sin = Math.sin(a)
  const cx = PAGE.width / 2
  const cy = PAGE.height / 2
  return concatTransformationMatrix(r2(cos * 1e4) / 1e4, r2(sin * 1e4) / 1e4, r2(-sin * 1e4) / 1e4, r2(cos * 1e4) / 1e4, r2(cx - cos * cx + sin * cy), r2(cy - sin * cx - cos * cy))
}
