import { expressionBuilder, type Expression, type Kysely, type SqlBool } from 'kysely'
import type { DB } from '../../db/schema'
import type { EvidenceRect } from '../../../../shared/contract/evaluations'
import { AppError } from '../errors'

/** A rectangle marks evidence on one page of one document: without them it points nowhere. */
export function checkRectAnchor(anchor: { documentId: number | null; page: number | null; rect: EvidenceRect | null }) {
  if (anchor.rect === null) return
  if (anchor.documentId === null) throw new AppError('invalid_input', { detail: 'rect: needs a documentId' })
  if (anchor.page === null) throw new AppError('invalid_input', { detail: 'rect: needs a page' })
}

export function rectColumns(rect: EvidenceRect | null) {
  return { rectX: rect?.x ?? null, rectY: rect?.y ?? null, rectW: rect?.w ?? null, rectH: rect?.h ?? null }
}

export function rectOf(row: { rectX: number | null; rectY: number | null; rectW: number | null; rectH: number | null }): EvidenceRect | null {
  const { rectX: x, rectY: y, rectW: w, rectH: h } = row
  return x === null || y === null || w === null || h === null ? null : { x, y, w, h }
}

/**
 * The condition an anchored write adds to its own statement (no extra read on the save path): the
 * document belongs to the evaluation's case and the page, if given, is one of its pages. Null for
 * an anchor that names no document: there is nothing to check.
 */
export function anchorHolds(caseId: number | null, { documentId, page }: { documentId: number | null; page: number | null }): Expression<SqlBool> | null {
  if (documentId === null) return null
  const eb = expressionBuilder<DB>()
  return eb.exists(
    eb
      .selectFrom('documents as d')
      .innerJoin('files as f', 'f.sha256', 'd.sha256')
      .select('d.id')
      .where('d.id', '=', documentId)
      // An A/V record or a complaint has no scans: no document holds (ids start at 1).
      .where('d.caseId', '=', caseId ?? 0)
      .$if(page !== null, (q) => q.where((w) => w.between(w.val(page), 1, w.ref('f.pageCount')))),
  )
}

/**
 * `select <the row's values> [where <condition>]`, for `insert into … (columns) <select>`: an
 * insert that writes nothing when the condition fails, in one statement.
 */
export function rowWhere<R extends Record<string, unknown>>(db: Kysely<DB>, row: R, condition: Expression<SqlBool> | null): { columns: (keyof R & string)[]; select: Expression<unknown> } {
  const columns = Object.keys(row) as (keyof R & string)[]
  const select = db.selectNoFrom((eb) => columns.map((c) => eb.val(row[c]).as(c)))
  return { columns, select: condition ? select.where(condition) : select }
}

/** The refusal when an anchored write wrote nothing because `anchorHolds` did not hold. */
export function evidenceNotFound(anchor: { documentId: number | null; page: number | null }) {
  return new AppError('evidence_not_found', anchor.page === null ? { documentId: anchor.documentId ?? 0 } : { documentId: anchor.documentId ?? 0, page: anchor.page })
}
