import { readFileSync } from 'node:fs'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/backend/services/backend'
import { installShippedRubrics } from '../../electron/backend/services/rubrics/install'
import { rubricIssues } from '../../shared/domain/rubric-validation'
import { allItems, findItem, rubricSchema, type Rubric } from '../../shared/domain/rubric'
import { vetoIdFor } from '../../shared/domain/checks/rubric-refs'
import { documentItemRef, REQUIRED_DOCUMENTS } from '../../shared/domain/checks/required-documents'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'
import { discretionFindings, type DiscretionCaseRow } from '../../electron/backend/services/checks/discretion'
import { discretionTableSchema } from '../../shared/domain/discretion/baseline'
import { RESOURCES_DIR } from '../support/paths'
import { plainPdf } from '../support/pdf-bytes'

const SHIPPED = ['av-record', 'complaint', 'compulsion', 'penalty-ordinary', 'penalty-simple']

async function shipped(code: string): Promise<Rubric> {
  return rubricSchema.parse(JSON.parse(await readFile(join(RESOURCES_DIR, 'rubrics', `${code}.v1.json`), 'utf8')))
}

let ws: TestWorkspace
afterEach(() => ws?.close())

describe('the shipped rubrics', () => {
  it('are each valid by the editor’s own rules', async () => {
    const files = (await readdir(join(RESOURCES_DIR, 'rubrics'))).filter((n) => n.endsWith('.json')).sort()
    expect(files).toEqual(SHIPPED.map((code) => `${code}.v1.json`))
    for (const name of files) {
      const data: unknown = JSON.parse(await readFile(join(RESOURCES_DIR, 'rubrics', name), 'utf8'))
      expect(rubricIssues(data), name).toEqual([])
    }
  })

  it('fit summary-procedure cases: no filing form or closing report, the on-the-spot decision and its limits instead', async () => {
    const simple = await shipped('penalty-simple')
    const text = JSON.stringify(simple)
    expect(text).not.toMatch(/立案审批表|调查终结报告/)
    const titles = allItems(simple).map((i) => i.title)
    for (const needed of ['出示执法证件', '陈述、申辩权利', '个人200元以下、单位3000元以下', '备案', '预定格式、编有号码']) {
      expect(titles.some((t) => t.includes(needed)), needed).toBe(true)
    }
    // Each item that names its article says which one, as the ordinary rubric does.
    expect(allItems(simple).find((i) => i.id === 'S1.2')!.titleEn).toContain('art. 51')
    expect(simple.vetoes.find((v) => v.id === 'V3')!.article).toBe('《行政处罚法》第五十一条')
  })

  it('fit compulsion cases: approval or 24-hour report, two officers, the party called, record, decision and inventory, 30 + 30 days, release', async () => {
    const compulsion = await shipped('compulsion')
    const titles = allItems(compulsion).map((i) => i.title).join('\n')
    for (const needed of ['经批准', '24小时内', '两名以上', '通知当事人到场', '现场笔录', '查封、扣押决定书', '清单', '30日', '解除']) {
      expect(titles, needed).toContain(needed)
    }
    expect(allItems(compulsion).find((i) => i.autoCheck === 'seizure_time_limit')).toMatchObject({ id: 'S4.1', titleEn: expect.stringContaining('art. 25') })
  })

  it('hold every veto and item the automatic checks point to', async () => {
    const ordinary = await shipped('penalty-ordinary')
    // The checks look into case files: the A/V and complaint rubrics have none of their items.
    for (const code of ['compulsion', 'penalty-ordinary', 'penalty-simple']) {
      const rubric = await shipped(code)
      for (const veto of ordinary.vetoes) {
        const own = vetoIdFor(code, veto.id)
        if (own !== null) expect(rubric.vetoes.find((v) => v.id === own), `${code} ${veto.id}→${own}`).toBeDefined()
      }
      for (const doc of REQUIRED_DOCUMENTS) {
        const ref = documentItemRef(doc, code)
        if (ref) expect(findItem(rubric, ref.itemId), `${code} ${doc.docType}`).toBeDefined()
      }
    }
  })

  it('are installed on a new workspace, the ordinary one first', async () => {
    ws = await openTestWorkspace()
    const rows = await ws.app.ctx.db.selectFrom('rubrics').select(['id', 'code', 'version']).orderBy('id').execute()
    expect(rows.map((r) => [r.code, r.version])).toEqual([
      ['penalty-ordinary', 1],
      ['av-record', 1],
      ['complaint', 1],
      ['compulsion', 1],
      ['penalty-simple', 1],
    ])
  })

  it('are added to an existing workspace that lacks them, once, however often it is opened', async () => {
    ws = await openTestWorkspace()
    const db = ws.app.ctx.db
    // A workspace from before: only the ordinary rubric, already used by an evaluation's campaign.
    await db.deleteFrom('rubrics').where('code', '!=', 'penalty-ordinary').execute()
    const ordinary = await db.selectFrom('rubrics').select(['id', 'publishedAt']).where('code', '=', 'penalty-ordinary').executeTakeFirstOrThrow()
    await ws.app.close()

    for (let open = 0; open < 2; open++) {
      ws.app = await openBackend({ dataDir: ws.dir, resourcesDir: RESOURCES_DIR })
      const rows = await ws.app.ctx.db.selectFrom('rubrics').select(['id', 'code', 'version', 'publishedAt']).orderBy('code').execute()
      expect(rows.map((r) => r.code)).toEqual(SHIPPED)
      expect(rows.find((r) => r.code === 'penalty-ordinary')).toMatchObject(ordinary)
      if (open === 1) break
      await ws.app.close()
    }
    // Installing again by hand changes nothing either.
    const before = await ws.app.ctx.db.selectFrom('rubrics').selectAll().orderBy('id').execute()
    await installShippedRubrics(ws.app.ctx.db, RESOURCES_DIR, new Date('2030-01-01T00:00:00Z'))
    expect(await ws.app.ctx.db.selectFrom('rubrics').selectAll().orderBy('id').execute()).toEqual(before)
    // The contract lists each once; a lead's copy cannot take a shipped code.
    expect((await ws.call('rubrics.list', {})).map((r) => r.code)).toEqual(SHIPPED)
  })
})

/** An evaluation of a new case against the shipped rubric of the given code. */
async function evaluationOn(ws: TestWorkspace, code: string, overrides: Record<string, unknown>) {
  const db = ws.app.ctx.db
  const { squadIds } = await seedRegistry(ws)
  const c = await ws.call('cases.create', caseInput(squadIds[0], overrides))
  const rubric = await db.selectFrom('rubrics').select('id').where('code', '=', code).executeTakeFirstOrThrow()
  const reviewer = await db.insertInto('reviewers').values({ name: '王敏', role: 'lead' }).returning('id').executeTakeFirstOrThrow()
  await db.insertInto('settings').values({ key: 'currentReviewerId', value: String(reviewer.id) }).execute()
  const now = new Date().toISOString()
  const campaign = await db
    .insertInto('campaigns')
    .values({ name: '2023年3月案卷月度抽查', kind: 'monthly', rubricId: rubric.id, startsOn: '2023-03-01', endsOn: '2023-03-31', createdAt: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db.insertInto('campaignCases').values({ campaignId: campaign.id, caseId: c.id, rubricId: rubric.id, origin: 'manual', addedAt: now }).execute()
  const assignment = await db.insertInto('assignments').values({ campaignId: campaign.id, caseId: c.id, reviewerId: reviewer.id, position: 0 }).returning('id').executeTakeFirstOrThrow()
  const evaluation = await ws.call('evaluations.open', { assignmentId: assignment.id })
  expect(evaluation.rubricId).toBe(rubric.id)
  return { caseId: c.id, evaluation }
}

async function tagAll(ws: TestWorkspace, caseId: number, docType: string) {
  const path = join(ws.dir, 'scan.pdf')
  await writeFile(path, plainPdf())
  const { document } = await ws.call('documents.attach', { caseId, path })
  await ws.call('documents.setPageTags', { documentId: document.id, tags: [{ firstPage: 1, lastPage: 1, docType }] })
}

describe('automatic findings under the summary-procedure and compulsion rubrics', () => {
  it('raise no ordinary-procedure finding against a summary-procedure case, and bind what applies to its own items', async () => {
    ws = await openTestWorkspace()
    const { caseId, evaluation } = await evaluationOn(ws, 'penalty-simple', {
      procedure: 'simple', partyType: 'individual', penaltyFen: 20000,
      discoveredOn: '2023-03-01', filedOn: null, decidedOn: '2023-03-01', servedOn: '2023-03-20', closedOn: '2023-03-02', archivedOn: '2023-03-03',
    })
    await tagAll(ws, caseId, '证据材料')
    const findings = await ws.call('checks.forEvaluation', { evaluationId: evaluation.id })
    const keys = findings.map((f) => f.key)
    for (const ordinaryOnly of ['deadline:filing', 'deadline:decision', 'deadline:service', 'document:立案审批表', 'document:调查终结报告', 'document:事先告知书', 'document:送达回证']) {
      expect(keys).not.toContain(ordinaryOnly)
    }
    // The decision form is required of every penalty case; here it points to the summary rubric's item and veto.
    expect(findings.find((f) => f.key === 'document:处罚决定书')).toMatchObject({ outcome: 'problem', itemId: 'S3.2', vetoCandidate: 'V7' })
    expect(findings.find((f) => f.key === 'deadline:closing')).toMatchObject({ itemId: 'S5.2' })
  })

  it('raise no penalty-procedure finding against a compulsion case', async () => {
    ws = await openTestWorkspace()
    const { caseId, evaluation } = await evaluationOn(ws, 'compulsion', {
      caseType: 'compulsion', isMajor: true, discoveredOn: '2023-03-01', filedOn: '2023-03-20', decidedOn: '2023-09-01', servedOn: '2023-10-20',
    })
    await tagAll(ws, caseId, '行政强制决定书')
    const findings = await ws.call('checks.forEvaluation', { evaluationId: evaluation.id })
    const keys = findings.map((f) => f.key)
    for (const penaltyOnly of ['deadline:filing', 'deadline:decision', 'deadline:service', 'document:处罚决定书']) expect(keys).not.toContain(penaltyOnly)
    expect(keys.some((k) => k.startsWith('discretion:'))).toBe(false)
    // Its items have other meanings than the ordinary rubric's: a missing legal review is not "S4.5" here.
    expect(findings.find((f) => f.key === 'document:法制审核意见')).toMatchObject({ itemId: null, vetoCandidate: null, proposal: null })
  })
})

describe('a summary-procedure fine beyond art. 51', () => {
  const overLimit = { procedure: 'simple', partyType: 'individual', penaltyFen: 50000, discoveredOn: '2023-03-01', filedOn: null, decidedOn: '2023-03-01' }

  it('is a problem bound to the summary rubric’s limit item and veto, and confirming it deducts there', async () => {
    ws = await openTestWorkspace()
    const { evaluation } = await evaluationOn(ws, 'penalty-simple', overLimit)
    const finding = (await ws.call('checks.forEvaluation', { evaluationId: evaluation.id })).find((f) => f.key === 'summary:fine_limit')
    expect(finding).toMatchObject({
      outcome: 'problem', itemId: 'S1.2', vetoCandidate: 'V3', proposal: { optionId: 'over-limit', points: 6 },
      message: '罚款500元超出简易程序对公民的限额（200元以下，《行政处罚法》第五十一条），应适用普通程序',
    })
    const confirmed = await ws.call('checks.confirm', { evaluationId: evaluation.id, key: 'summary:fine_limit' })
    expect(confirmed.evaluation.deductions).toEqual([expect.objectContaining({ itemId: 'S1.2', optionId: 'over-limit', points: 6 })])
  })

  it('is said but bound to nothing under a rubric without that item, and not said within the limit', async () => {
    ws = await openTestWorkspace()
    const { squadIds } = await seedRegistry(ws)
    const over = await ws.call('cases.create', caseInput(squadIds[0], overLimit))
    const within = await ws.call('cases.create', caseInput(squadIds[0], { ...overLimit, caseNumber: '青城管简罚字〔2023〕第01002号', partyType: 'organization', penaltyFen: 300000 }))
    const { assignmentIds } = await seedCampaign(ws, [over.id, within.id])
    const findingsOf = async (assignmentId: number) => {
      const e = await ws.call('evaluations.open', { assignmentId })
      return (await ws.call('checks.forEvaluation', { evaluationId: e.id })).filter((f) => f.key === 'summary:fine_limit')
    }
    expect(await findingsOf(assignmentIds[0])).toEqual([expect.objectContaining({ outcome: 'problem', itemId: null, vetoCandidate: null, proposal: null })])
    expect(await findingsOf(assignmentIds[1])).toEqual([])
  })
})

describe('vetoes the discretion check proposes, as each rubric numbers them', () => {
  const table = discretionTableSchema.parse(JSON.parse(readFileSync(join(RESOURCES_DIR, 'discretion', 'example-baseline.json'), 'utf8')))
  const vending: DiscretionCaseRow = {
    caseType: 'penalty', violation: '占用道路设摊经营', legalBasis: '《上海市市容环境卫生管理条例》第二十五条第二款', partyType: 'individual', discretionTier: 'heavier', penaltyFen: 80000, isMajor: 0,
  }
  const outsideLaw = async (code: string) =>
    discretionFindings(vending, [], table, await shipped(code), 'zh-CN').find((f) => f.key === 'discretion:amount_outside_legal_range')!

  it('names 超出法定幅度 by each rubric’s own id, and none where a rubric has no such veto', async () => {
    expect(await outsideLaw('penalty-ordinary')).toMatchObject({ vetoCandidate: 'V6', message: expect.stringContaining('（可能构成否决项 V6）') })
    expect(await outsideLaw('penalty-simple')).toMatchObject({ vetoCandidate: 'V8', itemId: 'S1.4', message: expect.stringContaining('（可能构成否决项 V8）') })
    expect((await shipped('penalty-simple')).vetoes.find((v) => v.id === 'V8')!.title).toBe('超出法定处罚种类、幅度')
    const compulsion = await outsideLaw('compulsion')
    expect(compulsion).toMatchObject({ vetoCandidate: null, itemId: null })
    expect(compulsion.message).not.toContain('否决项')
  })
})
