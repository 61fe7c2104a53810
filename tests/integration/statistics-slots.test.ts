import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type OpenedDatabase } from '../../electron/backend/db/connection'
import { SlotLayout } from '../../electron/backend/services/statistics/slots'
import type { Rubric } from '../../shared/domain/rubric'
import { seededRandom } from '../../shared/domain/seeded-random'
import { expectDefined, nth } from '../support/defined'

// Rubric 1 has 70 items, every third with an option filed under its own category: 93 slots,
// so its masks need two columns. Rubric 2 reuses item ids of rubric 1 with other categories.
const item = (id: string, category: string, optionCategory?: string) => ({
  id,
  category,
  deductions: [{ id: 'a' }, { id: 'b', ...(optionCategory ? { category: optionCategory } : {}) }],
})
const big = Array.from({ length: 70 }, (_, i) => item(`S${1 + Math.floor(i / 10)}.${1 + (i % 10)}`, `类别${i % 7}`, i % 3 === 0 ? `选项类别${i % 4}` : undefined))
const small = [item('S1.1', '乙一'), item('S1.2', '乙二', '乙三'), item('S2.1', '乙一')]
const rubrics = new Map<number, Rubric>([
  [1, { sections: [{ items: big }] } as unknown as Rubric],
  [2, { sections: [{ items: small }] } as unknown as Rubric],
])

interface Deduction {
  evaluationId: number
  itemId: string
  optionId: string | null
}

let dir: string
let opened: OpenedDatabase
const evaluations: { id: number; rubricId: number }[] = []
const deductions: Deduction[] = []

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stats-slots-'))
  opened = await openDatabase(join(dir, 'slots.sqlite'))
  const random = seededRandom(3)
  for (let id = 1; id <= 300; id++) {
    const rubricId = id % 4 === 0 ? 2 : 1
    const items = rubricId === 1 ? big : small
    evaluations.push({ id, rubricId })
    // Some evaluations lose nothing; others several points, now and then twice on one item.
    for (let k = Math.floor(random() * 12); k > 0; k--) {
      const it = nth(items, Math.floor(random() * items.length))
      deductions.push({ evaluationId: id, itemId: it.id, optionId: random() < 0.2 ? null : random() < 0.5 ? 'a' : 'b' })
    }
  }
  const { db } = opened
  await sql`create temp table e (id integer primary key, rubric_id integer not null)`.execute(db)
  await sql`create temp table d (evaluation_id integer not null, item_id text not null, option_id text)`.execute(db)
  for (const e of evaluations) await sql`insert into e values (${e.id}, ${e.rubricId})`.execute(db)
  for (const d of deductions) await sql`insert into d values (${d.evaluationId}, ${d.itemId}, ${d.optionId})`.execute(db)
})
afterAll(async () => {
  await opened?.close()
  await rm(dir, { recursive: true, force: true })
})

/** What the masks must count, counted one deduction at a time. */
function expected(rubricId: number, layout: SlotLayout) {
  const items = rubricId === 1 ? big : small
  const mine = evaluations.filter((e) => e.rubricId === rubricId).map((e) => deductions.filter((d) => d.evaluationId === e.id))
  const categoryOf = (d: Deduction) => {
    const it = items.find((i) => i.id === d.itemId)!
    return it.deductions.find((o) => o.id === d.optionId)?.category ?? it.category
  }
  return {
    items: Array.from({ length: layout.itemColumns }, (_, j) => {
      const item = items[j]
      return item ? mine.filter((ds) => ds.some((d) => d.itemId === item.id)).length : 0
    }),
    categories: layout.categories.map((c) => mine.filter((ds) => ds.some((d) => categoryOf(d) === c)).length),
  }
}

describe('slot masks', () => {
  it('count cases per item and per category exactly, across two mask columns and two rubrics', async () => {
    const layout = new SlotLayout(rubrics)
    expect(layout.masks).toBe(2)
    expect(layout.itemColumns).toBe(70)
    const masks = Array.from({ length: layout.masks }, (_, m) => sql`${layout.bitsOf(m)} as ${sql.ref(`m${m}`)}`)
    const items = Array.from({ length: layout.itemColumns }, (_, j) => sql`${layout.itemCases(j)} as ${sql.ref(`i${j}`)}`)
    const categories = layout.categories.map((_, k) => sql`${layout.categoryCases(k)} as ${sql.ref(`c${k}`)}`)
    const { rows } = await sql<Record<string, number>>`
      with ev as (select e.id, e.rubric_id, ${sql.join(masks)} from e left join d on d.evaluation_id = e.id group by e.id)
      select ev.rubric_id as rubric, ${sql.join([...items, ...categories])} from ev group by ev.rubric_id order by ev.rubric_id`.execute(opened.db)
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      const want = expected(expectDefined(row.rubric, 'the rubric column'), layout)
      expect(Array.from({ length: layout.itemColumns }, (_, j) => row[`i${j}`])).toEqual(want.items)
      expect(layout.categories.map((_, k) => row[`c${k}`])).toEqual(want.categories)
    }
    // The data is not trivial: most columns count something, and not every evaluation.
    expect(rows[0]?.i0).toBeGreaterThan(0)
    expect(rows[0]?.i0).toBeLessThan(evaluations.filter((e) => e.rubricId === 1).length)
  })
})
