import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { DATABASE_FILE } from '../../../electron/backend/services/backend'
import { allItems } from '../../../shared/domain/rubric'
import { seededRandom } from '../../../shared/domain/seeded-random'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry } from '../workspace'
import { AppHandle, bundleAppProcess } from './app-handle'
import { Connection } from './connection'
import { Stream, type Problem, type RubricItemRoom } from './stream'
import { committedIds, verifyData } from './verify'
import { nth } from '../defined'

export interface CrashTestOptions {
  /** How many times the app's process is killed. */
  runs: number
  /** Evaluations scored at once, each by its own sequence of changes. */
  streams?: number
  /** When the kill comes after the changes start: uniformly between the two, in ms. */
  killWindowMs?: readonly [number, number]
  /** Share of answers treated as lost although they arrived (sent again at once). */
  dropRate?: number
  /** App processes started ahead, loading their modules while another one runs. */
  spares?: number
  seed?: number
  onRun?: (summary: RunSummary) => void
}

export interface RunSummary {
  run: number
  /** Changes answered before the kill in this run. */
  answered: number
  /** Changes in flight when the process was killed, and how many of them had committed. */
  lost: number
  committed: number
  problems: number
}

export interface CrashTestReport {
  seed: number
  runs: number
  /** Changes sent (every one answered in the end). */
  changes: number
  /** Answers lost to a kill; of them, changes that had committed (their retry must not apply again). */
  lostToKill: number
  committedBeforeCrash: number
  /** Answers that arrived but were treated as lost and sent again at once. */
  droppedAnswers: number
  deductionsAdded: number
  problems: Problem[]
  seconds: number
}

/** A workspace with one campaign: `count` cases assigned to the reviewer at this PC, each evaluation opened. */
async function prepareWorkspace(count: number) {
  const ws = await openTestWorkspace()
  try {
    const { squadIds } = await seedRegistry(ws)
    const caseIds: number[] = []
    for (let i = 0; i < count; i++) {
      caseIds.push((await ws.call('cases.create', caseInput(nth(squadIds, i % squadIds.length), { caseNumber: `青城管罚字〔2023〕第0${1001 + i}号` }))).id)
    }
    const { assignmentIds, rubricId } = await seedCampaign(ws, caseIds)
    const evaluationIds: number[] = []
    for (const assignmentId of assignmentIds) evaluationIds.push((await ws.call('evaluations.open', { assignmentId })).id)
    const rubric = await ws.call('rubrics.get', { id: rubricId })
    const items: RubricItemRoom[] = allItems(rubric.body).map((i) => ({ id: i.id, maxTenths: Math.round(i.maxPoints * 10) }))
    return { dir: ws.dir, evaluationIds, items }
  } finally {
    await ws.app.close()
  }
}

/**
 * kill -9 during scoring: the app's services run in a process of their own behind the bridge;
 * several evaluations are scored at once through its socket, with a change id on every change;
 * the process is killed with SIGKILL at a random moment, started again, and every change whose
 * answer did not arrive is sent again with its id. After each restart: the file is sound, the
 * audit chain holds, every acknowledged change is there once, and none twice.
 */
export async function runCrashTest(options: CrashTestOptions): Promise<CrashTestReport> {
  const began = performance.now()
  const { runs, streams: streamCount = 6, killWindowMs = [40, 400], dropRate = 0.03, spares: spareCount = 2 } = options
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31)
  const random = seededRandom(seed)
  const problems: Problem[] = []
  const { dir, evaluationIds, items } = await prepareWorkspace(streamCount)
  const bundleDir = await mkdtemp(join(tmpdir(), 'crash-test-app-'))
  const script = await bundleAppProcess(bundleDir)
  const file = join(dir, DATABASE_FILE)
  const token = randomBytes(16).toString('hex')
  const streams = evaluationIds.map((id) => new Stream(id, items, random, problems))
  const stats = { dropped: 0 }
  const report = { lostToKill: 0, committedBeforeCrash: 0 }
  // Runs + 1 openings in all; each process is started a few runs ahead of its turn.
  const spares = Array.from({ length: Math.min(spareCount, runs + 1) }, () => new AppHandle(script))
  let started = spares.length
  let app: AppHandle | null = null
  let answered = 0
  try {
    for (let run = 0; run <= runs; run++) {
      app = spares.shift()!
      if (started < runs + 1) {
        spares.push(new AppHandle(script))
        started++
      }
      const port = await app.open(dir, token)
      const connection = await Connection.open(port, token)

      // What the kill left unanswered: some of it had committed. Each is sent again with its id.
      const lost = streams.flatMap((s) => (s.pending ? [s.pending.changeId] : []))
      const committed = (await committedIds(file, lost)).size
      report.lostToKill += lost.length
      report.committedBeforeCrash += committed
      await Promise.all(streams.map((s) => s.retry(connection)))

      const before = problems.length
      const verify = await connection.call('audit.verify', {})
      if (!verify.ok || !(verify.value as { ok: boolean }).ok) problems.push(`after run ${run}: audit verify: ${JSON.stringify(verify)}`)
      for (const problem of await verifyData(file, evaluationIds, streams.flatMap((s) => s.changes))) problems.push(`after run ${run}: ${problem}`)
      if (run > 0) options.onRun?.({ run, answered, lost: lost.length, committed, problems: problems.length - before })
      if (run === runs) {
        connection.close()
        await app.close()
        app = null
        break
      }

      const sentBefore = streams.reduce((n, s) => n + s.changes.length, 0)
      const scoring = Promise.all(streams.map((s) => s.run(connection, dropRate, stats)))
      const [from, to] = killWindowMs
      await sleep(from + random() * (to - from))
      await app.kill()
      app = null
      await scoring
      answered = streams.reduce((n, s) => n + s.changes.length, 0) - sentBefore - streams.filter((s) => s.pending).length
    }
  } finally {
    await Promise.all([app, ...spares].map((a) => a?.close()))
    await rm(dir, { recursive: true, force: true })
    await rm(bundleDir, { recursive: true, force: true })
  }
  const changes = streams.flatMap((s) => s.changes)
  return {
    seed,
    runs,
    changes: changes.length,
    lostToKill: report.lostToKill,
    committedBeforeCrash: report.committedBeforeCrash,
    droppedAnswers: stats.dropped,
    deductionsAdded: changes.filter((c) => c.kind === 'add').length,
    problems,
    seconds: (performance.now() - began) / 1000,
  }
}
