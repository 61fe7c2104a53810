import type { Transaction } from 'kysely'
import type { DB } from '../../db/schema'
import type { DeductionRow } from '../../db/score-rows'
import type { z } from 'zod'
import type { evaluationsContract } from '../../../../shared/contract/evaluations'
import { findItem, isRangeOption, toTenths, type Rubric } from '../../../../shared/domain/rubric'
import { AppError } from '../errors'
import { anchorHolds, checkRectAnchor, evidenceNotFound, rectColumns, rowWhere } from './rect'
import type { ChangeContext } from './mutate'

export type DeductionInput = z.output<(typeof evaluationsContract)['evaluations.addDeduction']['input']>

export function itemOf(rubric: Rubric, itemId: string) {
  const item = findItem(rubric, itemId)
  if (!item) throw new AppError('invalid_input', { detail: `itemId: ${itemId}` })
  return item
}

/** A deduction must match its option (a multiple of fixed points, or within the range). */
function checkOption(rubric: Rubric, itemId: string, optionId: string | null, tenths: number) {
  const item = itemOf(rubric, itemId)
  if (optionId === null) return item
  const option = item.deductions.find((o) => o.id === optionId)
  if (!option) throw new AppError('invalid_input', { detail: `optionId: ${optionId}` })
  const fits = isRangeOption(option)
    ? tenths >= toTenths(option.min) && tenths <= toTenths(option.max)
    : tenths % toTenths(option.points) === 0
  if (!fits) throw new AppError('invalid_input', { detail: `points: ${tenths / 10}` })
  return item
}

/**
 * Inserts one deduction inside the caller's transaction, refusing one that does not fit its
 * option, lands on a not-applicable item or would take the item below zero (judged on the
 * evaluation's rows as the transaction read them). Returns the audit view and the rows after it.
 */
export async function insertDeduction(trx: Transaction<DB>, { header, rubric, rows, now }: ChangeContext, input: DeductionInput) {
  checkRectAnchor(input)
  const tenths = toTenths(input.points)
  const item = checkOption(rubric, input.itemId, input.optionId, tenths)
  if (rows.states.some((s) => s.itemId === item.id && s.notApplicable === 1)) throw new AppError('invalid_input', { detail: `${item.id}: not applicable` })
  const sum = rows.deductions.reduce((total, d) => (d.itemId === item.id ? total + d.pointsTenths : total), 0)
  if (sum + tenths > toTenths(item.maxPoints)) {
    throw new AppError('deduction_exceeds_max', { max: item.maxPoints, deducted: sum / 10 })
  }
  const { documentId, page, rect } = input
  const row: Omit<DeductionRow, 'id'> = {
    evaluationId: input.evaluationId,
    itemId: item.id,
    optionId: input.optionId,
    pointsTenths: tenths,
    reason: input.reason,
    documentId,
    page,
    ...rectColumns(rect),
    createdAt: now,
  }
  const { columns, select } = rowWhere(trx, row, anchorHolds(header.caseId, input))
  const inserted = await trx.insertInto('deductions').columns(columns).expression(select).returning('id').executeTakeFirst()
  if (!inserted) throw evidenceNotFound(input)
  const { id } = inserted
  return {
    view: { deductionId: id, itemId: item.id, points: input.points, reason: input.reason, documentId, page, rect },
    // Ids only grow, so the new row is the last in id order.
    rows: { ...rows, deductions: [...rows.deductions, { id, ...row }] },
  }
}
