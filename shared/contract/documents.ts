import { z } from 'zod'
import { method, domain } from './define'
import { id, sha256 } from './common'

export const DOCUMENT_MIMES = ['application/pdf', 'image/jpeg', 'image/png'] as const

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

export const documentsContract = domain('documents', {
  list: method(z.object({ caseId: id }), z.array(documentInfo)),
  /** Copies a file from the local disk into the content store and attaches it to a case. */
  attach: method(
    z.object({ caseId: id, path: z.string().min(1), fileName: z.string().min(1).max(255).optional() }),
    z.object({ document: documentInfo, alreadyStored: z.boolean() }),
  ),
  /** Opens the system file dialog (desktop only) and attaches what the user picks. */
  pickAndAttach: method(
    z.object({ caseId: id }),
    z.object({
      attached: z.array(documentInfo),
      failed: z.array(z.object({ fileName: z.string(), code: z.string(), message: z.string() })),
    }),
  ),
  detach: method(z.object({ id }), z.object({ ok: z.literal(true) })),
})
