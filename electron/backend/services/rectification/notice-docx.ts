import type { Paragraph, Table } from 'docx'
import type { NoticeDetail, RectificationProblem } from '../../../../shared/contract/rectification'
import type { BulletinSettings } from '../../../../shared/contract/bulletin'
import { longDate } from '../../../../shared/format/date'
import { officialDocx } from '../bulletin/docx/document'
import { addresseeParagraph, blockParagraph, closingParagraph, signatureParagraphs, titleParagraph } from '../bulletin/docx/paragraphs'
import { redHeader } from '../bulletin/docx/red-header'
import { docTable, type DocColumn } from '../bulletin/docx/table'
import { LINE } from '../bulletin/docx/layout'

const COLUMNS: readonly DocColumn<RectificationProblem & { n: number }>[] = [
  { header: '序号', width: 620, text: (p) => String(p.n) },
  { header: '案号', width: 2700, text: (p) => p.caseNumber, align: 'left' },
  { header: '问题', width: 0, text: (p) => `${p.kind === 'veto' ? '【否决项】' : ''}${p.itemId} ${p.title}`, align: 'left' },
  { header: '扣分', width: 640, text: (p) => (p.points === null ? '—' : String(p.points)) },
  { header: '问题描述', width: 2300, text: (p) => `${p.reason}${p.page ? `（第${p.page}页）` : ''}`, align: 'left' },
]

const paragraph = (text: string) => blockParagraph({ kind: 'paragraph', lead: '', level: null, text })

/**
 * 整改通知书 for one squad, in the bulletin's GB/T 9704 layout: what the campaign found, case by
 * case, the requirement, and the deadline to report back; signed by the bulletin's issuing unit,
 * under its red header when that is set.
 */
export async function noticeDocx(notice: NoticeDetail, settings: BulletinSettings): Promise<Buffer> {
  const unit = settings.issuingUnit || '执法监督科'
  const cases = new Set(notice.items.map((p) => p.caseId)).size
  const header = settings.redHeader && settings.issuingBody && notice.docNumber ? redHeader(settings.issuingBody, notice.docNumber) : []
  const body: (Paragraph | Table)[] = [
    ...header,
    titleParagraph(['整改通知书'], header.length ? 2 * LINE : 0),
    addresseeParagraph(`${notice.squadName}：`),
    paragraph(`根据${notice.campaignName}的评查结果，你中队承办的${cases}件案卷存在以下${notice.items.length}个问题，现通知你中队整改。`),
    docTable(
      COLUMNS,
      notice.items.map((p, i) => ({ ...p, n: i + 1 })),
    ),
    ...(notice.requirement ? [paragraph(notice.requirement)] : []),
    paragraph(
      `请于${longDate(notice.deadlineOn, 'zh-CN')}前将整改情况逐项书面报送${unit}，并附整改材料（补正后的文书、扫描件或照片）。${notice.responsible ? `整改责任人：${notice.responsible}。` : ''}`,
    ),
    closingParagraph('特此通知。'),
    ...signatureParagraphs(unit, longDate(notice.issuedOn, 'zh-CN')),
  ]
  return officialDocx(`整改通知书（${notice.squadName}）`, unit, body)
}
