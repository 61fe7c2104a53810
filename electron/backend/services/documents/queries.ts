import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { DocumentInfo } from '../../../../shared/contract/documents'
import { notFound } from '../errors'

export async function listDocuments(db: Kysely<DB>, where: { caseId?: number; id?: number }): Promise<DocumentInfo[]> {
  let q = db
    .selectFrom('documents')
    .innerJoin('files', 'files.sha256', 'documents.sha256')
    .select(['documents.id', 'documents.caseId', 'documents.sha256', 'documents.fileName', 'documents.addedAt', 'files.mime', 'files.byteSize', 'files.pageCount'])
  if (where.caseId) q = q.where('documents.caseId', '=', where.caseId)
  if (where.id) q = q.where('documents.id', '=', where.id)
  const docs = await q.orderBy('documents.id').execute()
  if (docs.length === 0) return []
  const rotations = await db
    .selectFrom('pageRotations')
    .select(['documentId', 'page', 'degrees'])
    .where(
      'documentId',
      'in',
      docs.map((d) => d.id),
    )
    .execute()
  return docs.map((d) => ({
    ...d,
    mime: d.mime as DocumentInfo['mime'],
    rotations: rotations.filter((r) => r.documentId === d.id).map(({ page, degrees }) => ({ page, degrees })),
  }))
}

/** The document as the contract shows it, or not_found. */
export async function requireDocument(db: Kysely<DB>, id: number): Promise<DocumentInfo> {
  const [doc] = await listDocuments(db, { id })
  if (!doc) throw notFound('document', id)
  return doc
}

/** The page count of a document (fixed: the stored file never changes), or not_found. */
export async function pageCountOf(db: Kysely<DB>, id: number): Promise<number> {
  const row = await db
    .selectFrom('documents')
    .innerJoin('files', 'files.sha256', 'documents.sha256')
    .select('files.pageCount')
    .where('documents.id', '=', id)
    .executeTakeFirst()
  if (!row) throw notFound('document', id)
  return row.pageCount
}
