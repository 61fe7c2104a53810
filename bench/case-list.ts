import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type sqlite3 from 'sqlite3'
import { caseListQueries } from '../electron/backend/services/cases/queries'
import { caseListQuery } from '../shared/contract/cases'
import { openBenchDatabase } from './bare-sqlite'
import { generateRegistry } from './generate-registry'
import { alternate } from './stats'
import { serviceDispatch } from './service-dispatch'

const CASES = Number(process.env.BENCH_CASES ?? 100_000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30)

function all(raw: sqlite3.Database, sql: string, params: readonly unknown[]) {
  return new Promise<unknown[]>((resolve, reject) => raw.all(sql, params as unknown[], (e, rows) => (e ? reject(e) : resolve(rows))))
}

/** The case list as the UI asks for it, through the handler, against the same SQL run bare on the bench's own connection (each statement prepared anew). */
export async function benchCaseList() {
  const dir = await mkdtemp(join(tmpdir(), 'bench-cases-'))
  try {
    const file = join(dir, 'bench.sqlite')
    const { db, bare, close } = await openBenchDatabase(file)
    const t0 = performance.now()
    await generateRegistry(bare, CASES)
    await bare.run('analyze')
    const generateMs = performance.now() - t0
    const { dispatch } = await serviceDispatch(db, dir)

    const inputFor = (round: number) => ({ squadIds: [1 + (round % 12)], filedFrom: '2021-01-01', filedTo: '2022-06-30', sortBy: 'filedOn' as const, sortOrder: 'desc' as const, page: 1, pageSize: 50 })
    let round = 0
    let lastTotal = 0
    const viaHandler = async () => {
      const r = await dispatch('cases.list', inputFor(round))
      if (!r.ok) throw new Error(r.error.message)
      lastTotal = (r.value as { total: number }).total
    }
    const viaSql = async () => {
      const { count, page } = caseListQueries(db, caseListQuery.parse(inputFor(round)))
      const c = count.compile()
      const p = page.compile()
      await all(bare.connection, c.sql, c.parameters)
      await all(bare.connection, p.sql, p.parameters)
      round++
    }
    for (let i = 0; i < 3; i++) {
      await viaHandler()
      await viaSql()
    }
    round = 0
    const result = await alternate(ROUNDS, viaHandler, viaSql)
    await close()
    return {
      name: 'case list (squad + date range, sorted by filing date, page of 50, with total)',
      cases: CASES,
      rounds: ROUNDS,
      matchingCasesLastRound: lastTotal,
      generateSeconds: generateMs / 1000,
      databaseMegabytes: (await stat(file)).size / 1024 / 1024,
      handler: result.subject,
      bareSql: result.baseline,
      ratioMedian: result.subject.median / result.baseline.median,
      ratioP95: result.subject.p95 / result.baseline.p95,
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
