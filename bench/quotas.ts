import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { QuotaDashboard } from '../shared/contract/quotas'
import { quotaDashboard } from '../electron/backend/services/quotas/dashboard'
import { installShippedRubrics } from '../electron/backend/services/rubrics/install'
import { RESOURCES_DIR } from '../tests/support/paths'
import { openBenchDatabase, type BareSqlite } from './bare-sqlite'
import { generateRegistry } from './generate-registry'
import { Recorder } from './recorder'
import { serviceDispatch } from './service-dispatch'
import { alternate } from './stats'

const CASES = Number(process.env.BENCH_QUOTA_CASES ?? 100_000)
const AV_RECORDS = Number(process.env.BENCH_QUOTA_AV ?? 20_000)
const COMPLAINTS = Number(process.env.BENCH_QUOTA_COMPLAINTS ?? 50_000)
const ROUNDS = Math.max(5, Number(process.env.BENCH_ROUNDS ?? 11))
const NOW = new Date('2023-12-20T04:00:00Z')
const YEAR = 2023

/**
 * The year 2023 of a large workspace: the registry's cases closed 20 days after their decision
 * (one in 25 major), a reviewed share of them, A/V records of 2023 with two officers each and
 * complaints of 2023 in groups on one address (so that repeats exist), a share of both reviewed.
 */
async function generateYear(bare: BareSqlite, rubricId: number) {
  await bare.run(`UPDATE cases SET closed_on = date(decided_on, '+20 days'), is_major = CASE WHEN id % 25 = 0 THEN 1 ELSE 0 END`)
  const now = NOW.toISOString()
  await bare.transaction(async (s) => {
    await s.run(`INSERT INTO reviewers (id, name, role) VALUES (1, '基准评查员', 'lead')`)
    for (let m = 1; m <= 12; m++) {
      const month = `${YEAR}-${String(m).padStart(2, '0')}`
      await s.run(`INSERT INTO campaigns (id, name, kind, rubric_id, starts_on, ends_on, status, created_at) VALUES (?, ?, 'monthly', ?, ?, ?, 'closed', ?)`, [m, `${month} 月度评查`, rubricId, `${month}-01`, `${month}-28`, now])
    }
    let assignment = 0
    const review = async (campaign: number, column: 'case_id' | 'av_record_id' | 'complaint_id', id: number) => {
      assignment++
      await s.run(`INSERT INTO assignments (id, campaign_id, ${column}, reviewer_id, position) VALUES (?, ?, ?, 1, ?)`, [assignment, campaign, id, assignment])
      await s.run(`INSERT INTO evaluations (assignment_id, rubric_id, status, total, grade, started_at, updated_at, submitted_at) VALUES (?, ?, 'submitted', 95, 'excellent', ?, ?, ?)`, [assignment, rubricId, now, now, now])
    }
    for (let id = 7; id <= CASES; id += 9) await review(1 + (id % 12), 'case_id', id)
    const day = (i: number) => new Date(Date.UTC(YEAR, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10)
    for (let i = 1; i <= AV_RECORDS; i++) {
      const squad = 1 + (i % 12)
      await s.run(`INSERT INTO av_records (id, record_number, recorded_on, squad_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`, [i, `DSJ-${i}`, day(i), squad, now, now])
      await s.run(`INSERT INTO av_record_officers (av_record_id, officer_id, position) VALUES (?, ?, 0)`, [i, squad + 12 * (i % 40)])
      if (i % 150 === 0) await review(1 + (i % 12), 'av_record_id', i)
    }
    for (let i = 1; i <= COMPLAINTS; i++) {
      // Groups of four on one address within a month: each group repeats.
      await s.run(
        `INSERT INTO complaints (id, ticket_number, source, received_on, subject, address, address_key, party, party_key, squad_id, created_at, updated_at)
         VALUES (?, ?, 'hotline', ?, '噪声扰民', 'enc1:x', ?, 'enc1:x', NULL, ?, ?, ?)`,
        [i, `GD-${i}`, day(Math.floor(i / 4) * 7), `address-${Math.floor(i / 4)}`, 1 + (i % 12), now, now],
      )
      if (i % 80 === 0) await review(1 + (i % 12), 'complaint_id', i)
    }
  })
}

/**
 * 年度执法监督工作台账 for a year through quotas.dashboard (the real dispatch: input validation, the
 * per-squad aggregates, the repeat rule over every complaint, the figures) against the very
 * statements it ran, recorded once and replayed bare on the bench's own connection, alternating.
 */
export async function benchQuotas() {
  const dir = await mkdtemp(join(tmpdir(), 'bench-quotas-'))
  try {
    const file = join(dir, 'bench.sqlite')
    const { db, bare, close } = await openBenchDatabase(file)
    const t0 = performance.now()
    await generateRegistry(bare, CASES, 40)
    await installShippedRubrics(db, RESOURCES_DIR, new Date())
    const rubric = await db.selectFrom('rubrics').select('id').orderBy('id').executeTakeFirstOrThrow()
    await generateYear(bare, rubric.id)
    await bare.run('analyze')
    const generateSeconds = (performance.now() - t0) / 1000

    const { dispatch } = await serviceDispatch(db, dir, () => NOW)
    const recorder = new Recorder()
    const expected = await quotaDashboard(db.withPlugin(recorder), YEAR, null, NOW.toISOString().slice(0, 10))
    const statements = recorder.statements
    let last: QuotaDashboard | null = null
    const viaService = async () => {
      const r = await dispatch('quotas.dashboard', { year: YEAR })
      if (!r.ok) throw new Error(r.error.message)
      last = r.value as QuotaDashboard
    }
    const viaSql = async () => {
      for (const q of statements) await bare.all(q.sql, q.parameters)
    }
    await viaService()
    await viaSql()
    const { subject, baseline } = await alternate(ROUNDS, viaService, viaSql)
    if (JSON.stringify(last) !== JSON.stringify(expected)) throw new Error('the service’s answer changed between runs')
    const figure = (key: string) => expected.total.find((f) => f.key === key)
    await close()
    return {
      name: `quota dashboard of ${YEAR} (${CASES.toLocaleString()} cases, ${AV_RECORDS.toLocaleString()} A/V records, ${COMPLAINTS.toLocaleString()} complaints)`,
      rounds: ROUNDS,
      statements: statements.length,
      generateSeconds,
      databaseMegabytes: (await stat(file)).size / 1024 / 1024,
      figures: { caseFiles: figure('caseFiles'), avRecords: figure('avRecords'), repeatComplaints: figure('repeatComplaints') },
      service: subject,
      bareSql: baseline,
      ratioMedian: subject.median / baseline.median,
      ratioP95: subject.p95 / baseline.p95,
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
