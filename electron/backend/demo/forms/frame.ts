import { fill } from '../format'
import { MARGIN, type Op } from '../layout/page-model'
import { textWidth } from '../layout/text'
import { LABEL, PUNCT, TITLE } from '../vocabulary'

export type FormPages = Op[][]

/**
 * Puts the furniture of a multi-page form around flowed pages: a "续页" head on later pages,
 * "第i页 共n页" at the foot, and an optional signature line at the foot of every page (records
 * are signed page by page).
 */
export function framePages(pages: FormPages, docTitle: string, signature?: [label: string, name: string][]): FormPages {
  const n = pages.length
  return pages.map((ops, i) => {
    const framed = [...ops]
    if (i > 0) framed.push({ t: 'text', x: MARGIN.left, y: MARGIN.top + 18, size: 10, text: docTitle + TITLE.continued, ink: 'faint' })
    if (n > 1) {
      const label = fill(LABEL.pageOf, { i: i + 1, n })
      framed.push({ t: 'text', x: (MARGIN.left + MARGIN.right - textWidth(label, 9)) / 2, y: MARGIN.bottom - 30, size: 9, text: label })
    }
    if (signature) framed.push(...signatureFoot(signature))
    return framed
  })
}

function signatureFoot(parts: [string, string][]): Op[] {
  const y = MARGIN.bottom - 4
  const ops: Op[] = [{ t: 'line', x1: MARGIN.left, y1: y + 14, x2: MARGIN.right, y2: y + 14, width: 0.4, ink: 'faint' }]
  const slot = (MARGIN.right - MARGIN.left) / parts.length
  parts.forEach(([label, name], i) => {
    const x = MARGIN.left + slot * i
    ops.push({ t: 'text', x, y, size: 10, text: label })
    ops.push({ t: 'text', x: x + textWidth(label, 10) + 2, y: y - 1, size: 11, text: name, ink: 'blue' })
  })
  return ops
}

export function colon(label: string): string {
  return label + PUNCT.colon
}
