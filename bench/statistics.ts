import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_RUBRIC_CODE, installShippedRubrics } from '../electron/backend/services/rubrics/install'
import { parseRubric } from '../electron/backend/services/rubrics/load'
import { statisticsReport } from '../electron/backend/services/statistics/report'
import type { StatisticsReport, StatisticsScope } from '../shared/contract/statistics'
import { nextDay } from '../shared/domain/statistics/period'
import { RESOURCES_DIR } from '../tests/support/paths'
import { generateRegistry } from './generate-registry'
import { generateStatistics } from './generate-statistics'
import { openBenchDatabase, type BareSession } from './bare-sqlite'
import { alternate, summarize } from './stats'
import { only } from '../tests/support/defined'
import { serviceDispatch } from './service-dispatch'
import { Recorder } from './recorder'

const CASES = Number(process.env.BENCH_STATS_CASES ?? 100_000)
const EVALUATIONS = Number(process.env.BENCH_STATS_EVALUATIONS ?? 20_000)
const PER_EVALUATION = 20
const ROUNDS = Math.max(5, Number(process.env.BENCH_ROUNDS ?? 11))
// After the last result, so that a campaign's rolling year ends at its latest submission.
const NOW = new Date('2024-07-15T04:00:00Z')

/**
 * The report's figures checked against plain GROUP BY queries over every deduction (untimed): the
 * headline, and cases and points lost per item and per officer.
 */
async function check(bare: BareSession, report: StatisticsReport) {
  const { from, to } = report.scope
  if (!from || !to) throw new Error('a period has dates')
  const window = [new Date(`${from}T00:00:00`).toISOString(), new Date(`${nextDay(to)}T00:00:00`).toISOString()]
  const counted = `from evaluations e join assignments a on a.id = e.assignment_id join campaigns c on c.id = a.campaign_id
    where e.status = 'submitted' and c.double_review = 0 and e.submitted_at >= ? and e.submitted_at < ?`
  const head = only(await bare.all<{ n: number; total: number }>(`select count(*) n, sum(e.total) total ${counted}`, window))
  const items = await bare.all<{ itemId: string; n: number; tenths: number }>(
    `select d.item_id itemId, count(distinct e.id) n, sum(d.points_tenths) tenths ${counted.replace('where', 'join deductions d on d.evaluation_id = e.id where')} group by d.item_id`,
    window,
  )
  const officers = await bare.all<{ officerId: number; n: number; tenths: number }>(
    `select co.officer_id officerId, count(distinct e.id || ' ' || d.item_id) n, sum(d.points_tenths) tenths
     ${counted.replace('where', 'join case_officers co on co.case_id = a.case_id join deductions d on d.evaluation_id = e.id where')} group by co.officer_id`,
    window,
  )
  const wrong: string[] = []
  if (report.headline.evaluated !== head.n || report.headline.average !== Math.round((head.total / head.n) * 100) / 100) wrong.push('headline')
  for (const i of items) {
    const row = report.items.find((r) => r.itemId === i.itemId)
    if (row?.cases !== i.n || Math.round(row.pointsLost * 10) !== i.tenths) wrong.push(`item ${i.itemId}`)
  }
  for (const o of officers) {
    const row = report.officers.find((r) => r.officerId === o.officerId)
    if (row?.problems !== o.n || Math.round(row.pointsLost * 10) !== o.tenths) wrong.push(`officer ${o.officerId}`)
  }
  if (wrong.length || items.length !== report.items.length) throw new Error(`${report.scope.label}: the report differs from plain SQL (${wrong.slice(0, 5).join(', ')})`)
}

/**
 * 统计与讲评 of a period through statistics.report (the real dispatch: input validation, the
 * queries, the assembly into rankings, tables, repeats and the monthly series) against the very
 * statements it ran, recorded once and replayed bare on the bench's own connection (prepared
 * statements, no Kysely, rows left as SQLite returns them), alternating.
 */
export async function benchStatistics() {
  const dir = await mkdtemp(join(tmpdir(), 'bench-stats-'))
  try {
    const file = join(dir, 'bench.sqlite')
    const { db, bare, close } = await openBenchDatabase(file)
    const t0 = performance.now()
    await generateRegistry(bare, CASES, 5)
    await installShippedRubrics(db, RESOURCES_DIR, new Date())
    const stored = await db.selectFrom('rubrics').select(['id', 'body']).where('code', '=', DEFAULT_RUBRIC_CODE).executeTakeFirstOrThrow()
    const data = await generateStatistics(bare, stored.id, parseRubric(stored.body), CASES, EVALUATIONS, PER_EVALUATION)
    await bare.run('analyze')
    const generateSeconds = (performance.now() - t0) / 1000

    const { dispatch } = await serviceDispatch(db, dir, () => NOW)
    const scopes: { name: string; scope: StatisticsScope }[] = [
      { name: 'half-year (2024 H1)', scope: { kind: 'period', period: 'half', year: 2024, index: 1 } },
      { name: 'month (2024-06)', scope: { kind: 'period', period: 'month', year: 2024, index: 6 } },
      { name: 'year (2024)', scope: { kind: 'period', period: 'year', year: 2024, index: 1 } },
      { name: 'campaign (2024年3月)', scope: { kind: 'campaign', campaignId: 9 } },
    ]
    const results = []
    for (const { name, scope } of scopes) {
      const recorder = new Recorder()
      const report = await statisticsReport(db.withPlugin(recorder), scope, NOW)
      if (scope.kind === 'period') await check(bare, report)
      const statements = recorder.statements
      let last: StatisticsReport | null = null
      const viaService = async () => {
        const r = await dispatch('statistics.report', scope)
        if (!r.ok) throw new Error(r.error.message)
        last = r.value as StatisticsReport
      }
      let rows = 0
      const viaSql = async () => {
        rows = 0
        for (const q of statements) rows += (await bare.all(q.sql, q.parameters)).length
      }
      // Processor time too (this process, the database's thread included): the shared machine's
      // other work stretches the wall-clock times of both paths.
      const cpu = { service: [] as number[], bare: [] as number[] }
      const withCpu = (run: () => Promise<void>, into: number[]) => async () => {
        const start = process.cpuUsage()
        await run()
        const used = process.cpuUsage(start)
        into.push((used.user + used.system) / 1000)
      }
      await viaService()
      await viaSql()
      const { subject, baseline } = await alternate(ROUNDS, withCpu(viaService, cpu.service), withCpu(viaSql, cpu.bare))
      if (JSON.stringify(last) !== JSON.stringify(report)) throw new Error(`${name}: the service's answer changed between runs`)
      results.push({
        name,
        statements: statements.length,
        rowsReturned: rows,
        evaluated: report.headline.evaluated,
        months: report.months.length,
        service: subject,
        bareSql: baseline,
        ratioMedian: subject.median / baseline.median,
        serviceCpu: summarize(cpu.service),
        bareSqlCpu: summarize(cpu.bare),
      })
    }
    await close()
    return {
      name: `statistics (${CASES.toLocaleString()} cases, ${data.evaluations.toLocaleString()} evaluations in ${data.campaigns} campaigns, ${data.deductions.toLocaleString()} deductions)`,
      ...data,
      cases: CASES,
      generateSeconds,
      databaseMegabytes: (await stat(file)).size / 1024 / 1024,
      rounds: ROUNDS,
      scopes: results,
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
