import { Document, Packer, type Paragraph, type Table } from 'docx'
import type { BulletinContent, BulletinSettings } from '../../../../../shared/contract/bulletin'
import { composeBulletin } from '../../../../../shared/domain/bulletin/compose'
import { formatDocNumber } from '../../../../../shared/domain/bulletin/doc-number'
import { fontTableXml, runFont } from './fonts'
import { BODY_SIZE, LINE, MARGIN, PAGE } from './layout'
import { pageNumberFooters } from './page-number'
import { addresseeParagraph, blockParagraph, closingParagraph, signatureParagraphs, titleParagraph } from './paragraphs'
import { rankingTable } from './ranking-table'
import { redHeader } from './red-header'

/** The bulletin as a .docx in GB/T 9704 layout: the edited draft, signed by the issuing unit. */
export async function bulletinDocx(content: BulletinContent, settings: BulletinSettings): Promise<Buffer> {
  const composed = composeBulletin(content)
  const header = settings.redHeader && settings.issuingBody
    ? redHeader(settings.issuingBody, formatDocNumber(settings.docNumberPattern, Number(content.issuedOn.slice(0, 4)), content.serial))
    : []
  const body: (Paragraph | Table)[] = [
    ...header,
    // Two blank lines below the red rule (GB/T 9704 7.3.1).
    titleParagraph(composed.titleLines, header.length ? 2 * LINE : 0),
    ...(composed.addressee ? [addresseeParagraph(composed.addressee)] : []),
    ...composed.blocks.map((b) => (b.kind === 'ranking' ? rankingTable(b.rows) : blockParagraph(b))),
    ...(composed.closing ? [closingParagraph(composed.closing)] : []),
    ...signatureParagraphs(settings.issuingUnit, composed.date),
  ]
  return officialDocx(composed.titleLines.join(''), settings.issuingUnit, body)
}

/** A document on A4 in GB/T 9704 layout: 22 lines of 28 characters, page numbers at the foot. */
export async function officialDocx(title: string, creator: string, body: (Paragraph | Table)[]): Promise<Buffer> {
  const doc = new Document({
    title,
    creator,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: runFont('body'), size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: MARGIN },
          grid: { type: 'lines', linePitch: LINE },
        },
        footers: pageNumberFooters(),
        children: body,
      },
    ],
  })
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }])
}
