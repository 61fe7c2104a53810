import { AlignmentType, Footer, Paragraph, PageNumber, TextRun } from 'docx'
import { runFont } from './fonts'
import { SIZE } from './layout'
import { TIGHT } from './paragraphs'

/** One character of 4号 type: the page number keeps it from the outer edge. */
const ONE_CHAR = (SIZE.pageNumber / 2) * 20

function pageNumber(side: 'right' | 'left'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        ...TIGHT,
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: ONE_CHAR } : { left: ONE_CHAR },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: runFont('song'), size: SIZE.pageNumber })],
      }),
    ],
  })
}

/** 页码 "— 1 —" in 4号宋体 at the outer corner: odd pages right, even pages left (GB/T 9704 7.5). */
export function pageNumberFooters() {
  return { default: pageNumber('right'), even: pageNumber('left') }
}
