import { z } from 'zod'
import { method, domain } from './define'
import { id, sha256, visibleText } from './common'

export const DOCUMENT_MIMES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const

/** More pages than any case file has: a longer page list is a damaged or hostile file, a larger page number a slip. */
export const MAX_DOCUMENT_PAGES = 10_000
const pageNumber = z.number().int().min(1).max(MAX_DOCUMENT_PAGES)

export const documentInfo = z.object({
  id,
  caseId: id,
  sha256,
  fileName: z.string(),
  mime: z.enum(DOCUMENT_MIMES),
  byteSize: z.number().int(),
  pageCount: z.number().int(),
  addedAt: z.string(),
  rotations: z.array(z.object({ page: z.number().int().min(1), degrees: z.number().int() })),
})
export type DocumentInfo = z.output<typeof documentInfo>

/** The document types a case file is made of (卷内目录); the list is editable in settings later. */
export const DEFAULT_DOC_TYPES = [
  '封面', '卷内目录', '立案审批表', '现场检查笔录', '询问笔录', '证据材料', '调查终结报告', '事先告知书',
  '陈述申辩笔录', '听证笔录', '法制审核意见', '集体讨论记录', '处罚决定书', '送达回证', '罚没款票据',
  '催告书', '行政强制决定书', '扣押物品清单', '结案审批表', '备考表',
] as const

export const pageTag = z.object({
  id,
  firstPage: pageNumber,
  lastPage: pageNumber,
  docType: visibleText(50),
})
export type PageTag = z.output<typeof pageTag>

/** Zoom as the viewer keeps it: fit width, fit page, or a percentage. */
export const zoomSetting = z.union([z.literal('fit-width'), z.literal('fit-page'), z.number().int().min(25).max(400)])

export const viewState = z.object({ page: pageNumber, zoom: zoomSetting })
export type ViewState = z.output<typeof viewState>

export const documentsContract = domain('documents', {
  list: method(z.object({ caseId: id }), z.array(documentInfo)),
  /** One document by id, e.g. to draw the evidence a deduction points at. */
  get: method(z.object({ id }), documentInfo),
  /** Copies a file from the local disk into the content store and attaches it to a case (scripts and tests; the app picks). */
  attach: method(
    z.object({ caseId: id, path: z.string().min(1), fileName: visibleText(255).optional() }),
    z.object({ document: documentInfo, alreadyStored: z.boolean() }),
  ),
  /**
   * Asks the user for scans (the system dialog on the desktop, the page's file chooser and uploads
   * in a browser) and attaches each; the ones that could not be attached are listed with why.
   */
  pickAndAttach: method(
    z.object({ caseId: id }),
    z.object({
      attached: z.array(z.object({ document: documentInfo, alreadyStored: z.boolean() })),
      /** `detail`: the engine's reason a file is damaged (English), for a folded view beside the message. */
      failed: z.array(z.object({ fileName: z.string(), code: z.string(), message: z.string(), detail: z.string().optional() })),
    }),
  ),
  detach: method(z.object({ id }), z.object({ ok: z.literal(true) })),
  /** Turns pages (or all pages) to an absolute angle; stored per page, the file is never changed. */
  setRotation: method(
    z.object({ documentId: id, pages: z.union([z.array(pageNumber).min(1).max(2000), z.literal('all')]), degrees: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]) }),
    documentInfo,
  ),
  pageTags: method(z.object({ documentId: id }), z.array(pageTag)),
  /** Replaces the document's 卷内目录: ranges within the page count, not overlapping. */
  setPageTags: method(z.object({ documentId: id, tags: z.array(pageTag.omit({ id: true })).max(500) }), z.array(pageTag)),
  viewState: method(z.object({ documentId: id }), viewState.nullable()),
  saveViewState: method(z.object({ documentId: id, state: viewState }), z.object({ ok: z.literal(true) })),
})
