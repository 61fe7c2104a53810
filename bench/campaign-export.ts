import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_RUBRIC_CODE, installShippedRubrics } from '../electron/backend/services/rubrics/install'
import { parseRubric } from '../electron/backend/services/rubrics/load'
import { RESOURCES_DIR } from '../tests/support/paths'
import { generateRegistry } from './generate-registry'
import { generateCampaign } from './generate-campaign'
import { bareCampaignWorkbook } from './campaign-export-baseline'
import { openBenchDatabase } from './bare-sqlite'
import { alternate } from './stats'
import { serviceDispatch } from './service-dispatch'

const EVALUATIONS = Number(process.env.BENCH_EXPORT_EVALUATIONS ?? 5_000)
const PER_EVALUATION = 20
const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 5))

/**
 * The campaign workbook through exports.campaignWorkbook (load, group, figures, six styled and
 * print-ready sheets, write) against bare exceljs writing the same cells from plain queries
 * (campaign-export-baseline.ts) on the bench's own connection, alternating, on the same generated database.
 */
export async function benchCampaignExport() {
  const dir = await mkdtemp(join(tmpdir(), 'bench-export-'))
  try {
    const file = join(dir, 'bench.sqlite')
    const { db, bare, close } = await openBenchDatabase(file)
    const t0 = performance.now()
    await generateRegistry(bare, EVALUATIONS, 5)
    await installShippedRubrics(db, RESOURCES_DIR, new Date())
    const stored = await db.selectFrom('rubrics').select(['id', 'body']).where('code', '=', DEFAULT_RUBRIC_CODE).executeTakeFirstOrThrow()
    const rubric = parseRubric(stored.body)
    const generated = await generateCampaign(bare, stored.id, rubric, EVALUATIONS, PER_EVALUATION)
    await bare.run('analyze')
    const generateSeconds = (performance.now() - t0) / 1000

    const { dispatch } = await serviceDispatch(db, dir)
    let serviceBytes = 0
    const viaService = async () => {
      const r = await dispatch('exports.campaignWorkbook', { campaignId: 1 })
      if (!r.ok) throw new Error(r.error.message)
      const out = r.value as { filePath: string; byteSize: number }
      serviceBytes = out.byteSize
      await rm(out.filePath)
    }
    const bareFile = join(dir, 'bare.xlsx')
    const viaBare = () => bareCampaignWorkbook(bare, rubric, 1, bareFile)
    await viaBare() // warm-up of both paths' statements
    const bareBytes = (await stat(bareFile)).size
    await viaService()
    const { subject, baseline } = await alternate(ROUNDS, viaService, viaBare)
    await close()
    return {
      name: `campaign export (${generated.evaluations.toLocaleString()} evaluations, ${generated.deductions.toLocaleString()} deductions)`,
      evaluations: generated.evaluations,
      deductions: generated.deductions,
      generateSeconds,
      rounds: ROUNDS,
      serviceMegabytes: serviceBytes / 1024 / 1024,
      bareMegabytes: bareBytes / 1024 / 1024,
      service: subject,
      bare: baseline,
      ratioMedian: subject.median / baseline.median,
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
