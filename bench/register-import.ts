import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CASES_PER_INSERT } from '../electron/backend/services/imports/write-cases'
import { REGISTER_SQUADS, writeRegisterCsv } from '../tests/support/register'
import type { ImportOpened } from '../shared/contract/imports'
import { openBenchDatabase } from './bare-sqlite'
import { summarize } from './stats'
import { nth, only } from '../tests/support/defined'
import { serviceDispatch } from './service-dispatch'

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000)
const ROUNDS = Math.max(5, Number(process.env.BENCH_ROUNDS ?? 7))
/** Cases per INSERT, as the service's writeCases batches them. */
const BATCH = CASES_PER_INSERT

type CaseRow = Record<string, unknown>

/**
 * A 10,000-row GBK register through the import service (imports.open + imports.commit: read,
 * decode, parse, plan, write, audit) against bare multi-row INSERTs of the rows that import stored,
 * batched as the service batches them, in one transaction on the bench's own connection to the
 * same file. Both start from a database without cases, in alternating order.
 */
export async function benchRegisterImport() {
  const dir = await mkdtemp(join(tmpdir(), 'bench-import-'))
  try {
    const file = join(dir, 'bench.sqlite')
    const { db, bare, close } = await openBenchDatabase(file)
    const { dispatch } = await serviceDispatch(db, dir)
    const call = async <T>(method: string, input: unknown): Promise<T> => {
      const r = await dispatch(method, input)
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
      return r.value as T
    }
    await db.insertInto('squads').values(REGISTER_SQUADS.map((name, i) => ({ name, kind: i === 0 ? 'mobile' : 'street', sortOrder: i }))).execute()
    const register = await writeRegisterCsv(join(dir, 'register.csv'), { rows: ROWS, encoding: 'gbk' })
    const fileMegabytes = (await stat(register)).size / 1024 / 1024

    const clear = () => bare.transaction(async (s) => {
      await s.run('delete from case_officers')
      await s.run('delete from cases')
    })
    // Time of imports.open (read, decode, parse, guess the mapping) in each timed import; the rest is imports.commit.
    const openTimes: number[] = []
    const viaImport = async () => {
      const t0 = performance.now()
      const opened = await call<ImportOpened>('imports.open', { target: 'cases', path: register })
      openTimes.push(performance.now() - t0)
      return call<{ created: number }>('imports.commit', { sessionId: opened.sessionId, mapping: opened.mapping, createMissing: true })
    }
    // The first import creates the officers the register names; later rounds find them.
    await viaImport()
    openTimes.length = 0
    const cases = await bare.all<CaseRow>('select * from cases order by id')
    const links = await bare.all<CaseRow>('select * from case_officers order by case_id, position')
    if (cases.length !== ROWS) throw new Error(`imported ${cases.length} of ${ROWS} rows`)
    const caseColumns = ['id', ...Object.keys(nth(cases, 0)).filter((c) => c !== 'id')]
    const linksOf = new Map<unknown, CaseRow[]>()
    for (const l of links) {
      const of = linksOf.get(l.case_id)
      if (of) of.push(l)
      else linksOf.set(l.case_id, [l])
    }
    const placeholders = (n: number, width: number) => Array.from({ length: n }, () => `(${Array(width).fill('?').join(', ')})`).join(', ')
    // The same batches as the service's writes: BATCH cases per INSERT, then their links in one INSERT.
    const viaInsert = () =>
      bare.transaction(async (s) => {
        for (let start = 0; start < cases.length; start += BATCH) {
          const batch = cases.slice(start, start + BATCH)
          await s.run(`insert into cases (${caseColumns.join(', ')}) values ${placeholders(batch.length, caseColumns.length)}`, batch.flatMap((c) => caseColumns.map((k) => c[k])))
          const batchLinks = batch.flatMap((c) => linksOf.get(c.id) ?? [])
          if (batchLinks.length) await s.run(`insert into case_officers (case_id, officer_id, position) values ${placeholders(batchLinks.length, 3)}`, batchLinks.flatMap((l) => [l.case_id, l.officer_id, l.position]))
        }
      })

    const subject: number[] = []
    const baseline: number[] = []
    const time = async (fn: () => Promise<unknown>, out: number[]) => {
      await clear()
      const t0 = performance.now()
      await fn()
      out.push(performance.now() - t0)
    }
    await time(viaInsert, []) // warm-up of the bare path's statements
    const stored = only(await bare.all<{ cases: number; links: number }>('select (select count(*) from cases) as cases, (select count(*) from case_officers) as links'))
    if (stored.cases !== cases.length || stored.links !== links.length) throw new Error(`bare INSERT stored ${stored.cases} cases and ${stored.links} links`)
    for (let i = 0; i < ROUNDS; i++) {
      if (i % 2) {
        await time(viaInsert, baseline)
        await time(viaImport, subject)
      } else {
        await time(viaImport, subject)
        await time(viaInsert, baseline)
      }
    }
    await close()
    const importStats = summarize(subject)
    const insertStats = summarize(baseline)
    return {
      name: `register import (${ROWS.toLocaleString()} rows, GBK CSV of ${fileMegabytes.toFixed(1)} MB, two officers a case)`,
      rows: ROWS,
      rounds: ROUNDS,
      links: links.length,
      import: importStats,
      importOpen: summarize(openTimes),
      importCommit: summarize(subject.map((t, i) => t - nth(openTimes, i))),
      bareInsert: insertStats,
      ratioMedian: importStats.median / insertStats.median,
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
