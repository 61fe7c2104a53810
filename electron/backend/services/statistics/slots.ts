import { sql, type RawBuilder } from 'kysely'
import { allItems, type Rubric } from '../../../../shared/domain/rubric'

/**
 * Where a deduction counts: its item, and its problem category (an option may file it under
 * another category than its item's). Each (rubric, slot) is one bit of an integer mask.
 */
interface Slot {
  itemId: string
  optionId: string | null
  category: string
}

/** Bits per mask column: sums of distinct bits stay below 2^62, inside SQLite's signed 64-bit integers. */
const BITS = 62

interface RubricSlots {
  rubricId: number
  itemIds: string[]
  slots: Slot[]
}

/**
 * The masks of one set of rubrics. An evaluation's deductions become one bit per slot they fall
 * in (`sum(distinct bit)`, grouped by evaluation in the order they are read, so no sort); counting cases per
 * squad and item, per officer and item, or per squad and category is then a sum over evaluations
 * of `mask & group <> 0`, instead of a GROUP BY over every deduction.
 */
export class SlotLayout {
  readonly rubrics: RubricSlots[]
  /** Every problem category of these rubrics, in a fixed order: the category columns. */
  readonly categories: string[]
  readonly masks: number
  readonly itemColumns: number

  constructor(rubrics: ReadonlyMap<number, Rubric>) {
    this.rubrics = [...rubrics].map(([rubricId, rubric]) => {
      const items = allItems(rubric)
      const slots: Slot[] = []
      for (const item of items) {
        slots.push({ itemId: item.id, optionId: null, category: item.category })
        for (const o of item.deductions) if (o.category && o.category !== item.category) slots.push({ itemId: item.id, optionId: o.id, category: o.category })
      }
      return { rubricId, itemIds: items.map((i) => i.id), slots }
    })
    this.categories = [...new Set(this.rubrics.flatMap((r) => r.slots.map((s) => s.category)))].sort()
    this.masks = Math.max(0, ...this.rubrics.map((r) => Math.ceil(r.slots.length / BITS)))
    this.itemColumns = Math.max(0, ...this.rubrics.map((r) => r.itemIds.length))
  }

  /** Mask column `mask` of one evaluation: `sum(distinct …)` of the bits of its deductions (d) on its rubric (e). */
  bitsOf(mask: number): RawBuilder<number> {
    const whens = this.rubrics
      .filter((r) => r.slots.some((_, i) => maskOf(i) === mask))
      // An evaluation without deductions joins one row of nulls: no bit (the search would take its last branch).
      .map((r) => sql`when e.rubric_id = ${r.rubricId} and d.item_id is not null then ${search(r, mask, [...r.itemIds].sort(), 0, r.itemIds.length)}`)
    return whens.length ? sql<number>`coalesce(sum(distinct case ${sql.join(whens, sql` `)} end), 0)` : sql<number>`0`
  }

  /** Evaluations (rows of `ev`) with a deduction on item `column` of their rubric. */
  itemCases(column: number): RawBuilder<number> {
    return this.#count((r) => {
      const itemId = r.itemIds[column]
      return itemId === undefined ? null : (s) => s.itemId === itemId
    })
  }

  /** Evaluations (rows of `ev`) with a deduction in category `column`. */
  categoryCases(column: number): RawBuilder<number> {
    const category = this.categories[column]
    return this.#count(() => (s) => s.category === category)
  }

  /** The item id of item `column` of a rubric (null past its last item). */
  itemAt(rubricId: number, column: number): string | null {
    return this.rubrics.find((r) => r.rubricId === rubricId)?.itemIds[column] ?? null
  }

  #count(pick: (r: RubricSlots) => ((s: Slot) => boolean) | null): RawBuilder<number> {
    const whens = []
    for (const r of this.rubrics) {
      const inGroup = pick(r)
      if (!inGroup) continue
      const tests = []
      for (let mask = 0; mask < this.masks; mask++) {
        let group = 0n
        r.slots.forEach((s, i) => {
          if (maskOf(i) === mask && inGroup(s)) group |= bitOf(i)
        })
        if (group) tests.push(sql`(${sql.ref(`ev.m${mask}`)} & ${sql.raw(group.toString())}) <> 0`)
      }
      if (tests.length) whens.push(sql`when ev.rubric_id = ${r.rubricId} and (${sql.join(tests, sql` or `)}) then 1`)
    }
    return whens.length ? sql<number>`sum(case ${sql.join(whens, sql` `)} else 0 end)` : sql<number>`0`
  }
}

const maskOf = (slot: number) => Math.floor(slot / BITS)
const bitOf = (slot: number) => 1n << BigInt(slot % BITS)

/**
 * The bit of a deduction's slot within one mask column, or null when the slot is in another: a
 * binary search over the rubric's item ids (sorted; ids are ASCII, so JS order is SQLite's), then
 * the option where an option has its own category. A deduction's item is one of its rubric's
 * (checked when it is made), so the search needs no miss branch.
 */
function search(r: RubricSlots, mask: number, sorted: readonly string[], lo: number, hi: number): RawBuilder<unknown> {
  if (hi - lo === 1) {
    const itemId = sorted[lo]
    const bit = (slot: number) => (maskOf(slot) === mask ? sql.raw(bitOf(slot).toString()) : sql`null`)
    const slots = r.slots.map((s, i) => ({ s, i })).filter(({ s }) => s.itemId === itemId)
    const base = slots.find(({ s }) => s.optionId === null)!
    const options = slots.filter(({ s }) => s.optionId !== null)
    if (!options.length) return bit(base.i)
    return sql`(case ${sql.join(options.map(({ s, i }) => sql`when d.option_id = ${s.optionId} then ${bit(i)}`), sql` `)} else ${bit(base.i)} end)`
  }
  const mid = (lo + hi) >> 1
  return sql`(case when d.item_id < ${sorted[mid]} then ${search(r, mask, sorted, lo, mid)} else ${search(r, mask, sorted, mid, hi)} end)`
}
