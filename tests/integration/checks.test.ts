import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'
import { buildDemoWorkspace } from '../../electron/backend/demo/workspace'
import { discretionFindings, type DiscretionCaseRow } from '../../electron/backend/services/checks/discretion'
import { discretionTableSchema } from '../../shared/domain/discretion/baseline'
import { rubricSchema } from '../../shared/domain/rubric'
import { expectDefined, nth } from '../support/defined'

describe('publicity and the legal review of a major decision', () => {
  let ws: TestWorkspace
  afterAll(() => ws.close())

  it('checks the review came before the decision, and the publication against the bureau’s limit once set', async () => {
    ws = await openTestWorkspace()
    const { squadIds } = await seedRegistry(ws)
    // Decided Friday 2023-09-22: the 7th working day after it is 9 October (see below); published the 10th.
    const c = await ws.call('cases.create', caseInput(squadIds[0], { isMajor: true, decidedOn: '2023-09-22', legalReviewedOn: '2023-09-25', publishedOn: '2023-10-10', publishedPlace: '区政府门户网站' }))
    const { assignmentIds } = await seedCampaign(ws, [c.id])
    const evaluationId = (await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })).id
    const byKey = async () => Object.fromEntries((await ws.call('checks.forEvaluation', { evaluationId })).map((f) => [f.key, f]))
    const before = await byKey()
    expect(before['legal_review:timing']).toMatchObject({ outcome: 'problem', itemId: 'S4.5', message: '法制审核（2023年9月25日）晚于处罚决定（2023年9月22日）：重大执法决定应先经法制审核' })
    // Not checked until the bureau sets its limit.
    expect(before['deadline:publicity']).toBeUndefined()
    await ws.call('settings.setDeadlines', { config: { publicity: { enabled: true } } })
    expect((await byKey())['deadline:publicity']).toMatchObject({ outcome: 'problem', deadline: { dueDate: '2023-10-09', daysOver: 1 } })
  })
})

describe('deadline findings on a hand-made case', () => {
  let ws: TestWorkspace
  let evaluationId: number
  beforeAll(async () => {
    ws = await openTestWorkspace()
    const { squadIds } = await seedRegistry(ws)
    // Decided Friday 2023-09-22. Working days after it: Sep 25–28 (1–4); Sep 29–Oct 6 is the
    // Mid-Autumn and National Day break; Oct 7 and 8 are adjusted working days (5, 6); Oct 9 is
    // the 7th. Served 2023-10-10: one working day late.
    const c = await ws.call('cases.create', caseInput(squadIds[0], { discoveredOn: '2023-06-01', filedOn: '2023-06-05', decidedOn: '2023-09-22', servedOn: '2023-10-10' }))
    const { assignmentIds } = await seedCampaign(ws, [c.id])
    evaluationId = (await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })).id
  })
  afterAll(() => ws.close())

  it('finds the late decision and the late service, each bound to its rubric item with a proposal', async () => {
    const findings = await ws.call('checks.forEvaluation', { evaluationId })
    const byKey = Object.fromEntries(findings.map((f) => [f.key, f]))
    expect(byKey['deadline:filing']).toMatchObject({ outcome: 'ok', itemId: 'S1.2', proposal: null })
    // No scanned file, so no 卷内目录 to check the required documents against: said, not guessed.
    expect(byKey['documents:untagged']).toMatchObject({ outcome: 'unknown', itemId: null, message: '案卷尚未标注卷内目录，无法核对必备文书' })
    expect(byKey['deadline:decision']).toMatchObject({
      outcome: 'problem',
      itemId: 'S6.1',
      deadline: { dueDate: '2023-09-04', actualDate: '2023-09-22', daysOver: 18, unit: 'calendar_days', article: expect.stringContaining('第六十条') },
      proposal: { optionId: 'overdue', points: 3 },
    })
    expect(byKey['deadline:service']).toMatchObject({
      outcome: 'problem',
      itemId: 'S5.2',
      deadline: { dueDate: '2023-10-09', actualDate: '2023-10-10', daysOver: 1, unit: 'working_days' },
      proposal: { optionId: 'late', points: 2 },
    })
    const service = expectDefined(byKey['deadline:service'], 'the service finding')
    expect(service.message).toBe(
      '送达决定书超期：应于2023年10月9日前完成，实际2023年10月10日，超期1个工作日（期限7个工作日，' + service.deadline!.article + '）',
    )
  })

  it('confirming takes the proposed deduction; overriding needs a reason and is audited', async () => {
    const confirmed = await ws.call('checks.confirm', { evaluationId, key: 'deadline:service' })
    expect(confirmed.evaluation.total).toBe(98)
    expect(confirmed.evaluation.deductions).toEqual([expect.objectContaining({ itemId: 'S5.2', optionId: 'late', points: 2 })])
    expect(confirmed.findings.find((f) => f.key === 'deadline:service')!.decision).toMatchObject({ kind: 'confirmed', deductionId: nth(confirmed.evaluation.deductions, 0).id })
    expect((await ws.fail('checks.confirm', { evaluationId, key: 'deadline:service' })).code).toBe('conflict')

    expect((await ws.fail('checks.override', { evaluationId, key: 'deadline:decision', reason: '  ' })).code).toBe('invalid_input')
    const overridden = await ws.call('checks.override', { evaluationId, key: 'deadline:decision', reason: '卷内有负责人批准的延期审批表（第12页）' })
    expect(overridden.evaluation.total).toBe(98)
    expect(overridden.findings.find((f) => f.key === 'deadline:decision')!.decision).toMatchObject({ kind: 'overridden', reason: '卷内有负责人批准的延期审批表（第12页）' })
    const history = await ws.call('audit.history', { entity: 'evaluation', entityId: evaluationId })
    expect(history.at(-1)).toMatchObject({ action: 'evaluation.check_override', after: { decision: 'overridden', reason: '卷内有负责人批准的延期审批表（第12页）' } })
  })

  it('uses the lead’s calendar overrides', async () => {
    // A local rest day on 2023-10-09 moves the 7th working day to 2023-10-10: served in time.
    await ws.call('calendar.setOverrides', { overrides: [{ date: '2023-10-09', kind: 'holiday', note: '区级调休' }] })
    const service = (await ws.call('checks.forEvaluation', { evaluationId })).find((f) => f.key === 'deadline:service')!
    expect(service).toMatchObject({ outcome: 'ok', deadline: { dueDate: '2023-10-10', daysOver: 0 } })
    const status = await ws.call('calendar.status', {})
    expect(status.overrides).toEqual([{ date: '2023-10-09', kind: 'holiday', note: '区级调休' }])
    expect(status.coveredYears).toContain(2023)
  })
})

describe('discretion-baseline findings on hand-made cases', () => {
  let ws: TestWorkspace
  const evaluation: Record<string, number> = {}
  beforeAll(async () => {
    ws = await openTestWorkspace()
    const { squadIds } = await seedRegistry(ws)
    const vending = { partyType: 'individual', party: '赵某', domain: 'street_appearance', violation: '占用道路设摊经营', legalBasis: '《上海市市容环境卫生管理条例》第二十五条第二款' }
    const cases = {
      // General tier 50–200 yuan, legal range 50–500 yuan.
      inTier: caseInput(squadIds[0], { ...vending, caseNumber: 'A-1', discretionTier: 'general', penaltyFen: 15000 }),
      outsideTier: caseInput(squadIds[0], { ...vending, caseNumber: 'A-2', discretionTier: 'general', penaltyFen: 30000 }),
      outsideLaw: caseInput(squadIds[0], { ...vending, caseNumber: 'A-3', discretionTier: 'heavier', penaltyFen: 80000 }),
      unknown: caseInput(squadIds[0], { ...vending, caseNumber: 'A-4', violation: '未经批准进行临时建设', legalBasis: '《中华人民共和国城乡规划法》第六十六条' }),
      noTier: caseInput(squadIds[0], { ...vending, caseNumber: 'A-5', discretionTier: null }),
      // 减轻 for unlicensed carrying: 2,500–4,999 yuan, below the 5,000 legal minimum.
      mitigated: caseInput(squadIds[0], { caseNumber: 'A-6', violation: '未取得建筑垃圾、工程渣土运输许可证承运', legalBasis: '《上海市市容环境卫生管理条例》第四十四条第二款', discretionTier: 'mitigated', penaltyFen: 300000 }),
    }
    const ids: number[] = []
    for (const input of Object.values(cases)) ids.push((await ws.call('cases.create', input as never)).id)
    const { assignmentIds } = await seedCampaign(ws, ids)
    for (const [i, name] of Object.keys(cases).entries()) evaluation[name] = (await ws.call('evaluations.open', { assignmentId: nth(assignmentIds, i) })).id
  })
  afterAll(() => ws.close())

  const evaluationOf = (name: string) => expectDefined(evaluation[name], `the evaluation of ${name}`)
  const discretion = async (name: string) =>
    (await ws.call('checks.forEvaluation', { evaluationId: evaluationOf(name) })).filter((f) => f.key.startsWith('discretion:'))

  it('passes a fine inside its tier, and proposes the S3.2 deduction for one outside it', async () => {
    expect(await discretion('inTier')).toEqual([
      expect.objectContaining({ key: 'discretion:ok', outcome: 'ok', itemId: 'S3.2', message: '罚款150元在“一般”档次（50元–200元）内，符合裁量基准' }),
    ])
    const [outside] = await discretion('outsideTier')
    expect(outside).toMatchObject({
      key: 'discretion:amount_outside_tier',
      outcome: 'problem',
      check: 'discretion_baseline',
      itemId: 'S3.2',
      vetoCandidate: null,
      message: '罚款300元不在裁量基准“一般”档次（50元–200元）内（《上海市市容环境卫生管理条例》第二十五条第二款）',
      proposal: { optionId: 'mismatch', points: 4 },
    })
    const confirmed = await ws.call('checks.confirm', { evaluationId: evaluationOf('outsideTier'), key: 'discretion:amount_outside_tier' })
    expect(confirmed.evaluation.deductions).toEqual([expect.objectContaining({ itemId: 'S3.2', optionId: 'mismatch', points: 4 })])
  })

  it('names a fine beyond the legal range as a V6 veto candidate', async () => {
    const findings = await discretion('outsideLaw')
    expect(findings.map((f) => f.key).sort()).toEqual(['discretion:amount_outside_legal_range', 'discretion:amount_outside_tier'])
    expect(findings.find((f) => f.key === 'discretion:amount_outside_legal_range')).toMatchObject({
      outcome: 'problem',
      vetoCandidate: 'V6',
      proposal: null,
      message: expect.stringContaining('超出法定幅度50元–500元'),
    })
  })

  it('tells the reviewer what to do when the violation or the tier is unknown', async () => {
    const [unknown] = await discretion('unknown')
    expect(unknown).toMatchObject({ key: 'discretion:unknown_violation', outcome: 'unknown', proposal: null })
    expect(unknown?.message).toContain('“设置 › 裁量基准”中补充该违法行为')
    const [noTier] = await discretion('noTier')
    expect(noTier).toMatchObject({ key: 'discretion:tier_missing', outcome: 'unknown', message: expect.stringContaining('请在案件信息中补录裁量阶次') })
  })

  it('asks for the 卷内目录 before judging the legal review a 减轻 case needs', async () => {
    const [review] = await discretion('mitigated')
    expect(review).toMatchObject({ key: 'discretion:legal_review_missing', check: 'legal_review', itemId: 'S4.5', outcome: 'unknown', vetoCandidate: null })
    expect(review?.message).toBe('减轻处罚须经法制审核：案卷尚未标注卷内目录，无法核对是否有法制审核意见')
  })

  it('follows the baseline in force: a replaced table changes the findings', async () => {
    const table = await ws.call('settings.discretion', {})
    const vending = table.entries.find((e) => e.code === 'street_vending')!
    vending.tiers.find((b) => b.tier === 'general')!.maxFen = 30000
    vending.tiers.find((b) => b.tier === 'heavier')!.minFen = 30000
    await ws.call('settings.setDiscretion', { table })
    const findings = (await ws.call('checks.forEvaluation', { evaluationId: evaluationOf('outsideTier') })).filter((f) => f.key.startsWith('discretion:'))
    // The earlier decision stays on its key; the finding it was about is gone from the list.
    expect(findings.map((f) => [f.key, f.outcome])).toEqual([['discretion:ok', 'ok']])
  })
})

describe('the legal review a 减轻 decision needs, by what the 卷内目录 holds', () => {
  const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../resources/${path}`, import.meta.url), 'utf8'))
  const table = discretionTableSchema.parse(read('discretion/example-baseline.json'))
  const rubric = rubricSchema.parse(read('rubrics/penalty-ordinary.v1.json'))
  const row: DiscretionCaseRow = {
    caseType: 'penalty', violation: '擅自倾倒建筑垃圾、工程渣土', legalBasis: '', partyType: 'organization', discretionTier: 'mitigated', penaltyFen: 300000, isMajor: 0,
  }
  const review = (r: DiscretionCaseRow, tags: string[]) => discretionFindings(r, tags, table, rubric, 'zh-CN').filter((f) => f.check === 'legal_review')

  it.each<[string, DiscretionCaseRow, string[], unknown[]]>([
    ['reviewed', row, ['处罚决定书', '法制审核意见'], []],
    ['not reviewed: a V8 veto candidate on S4.5', row, ['处罚决定书'], [expect.objectContaining({ outcome: 'problem', itemId: 'S4.5', vetoCandidate: 'V8', proposal: null })]],
    ['not reviewed, but a major case: the required-document check already says so', { ...row, isMajor: 1 }, ['处罚决定书'], []],
    ['an untagged file: asked, not guessed', row, [], [expect.objectContaining({ outcome: 'unknown', vetoCandidate: null })]],
    ['a general tier needs none', { ...row, discretionTier: 'general', penaltyFen: 2500000 }, ['处罚决定书'], []],
  ])('%s', (_name, r, tags, expected) => {
    expect(review(r, tags)).toEqual(expected)
  })

  it('says nothing about compulsion cases', () => {
    expect(discretionFindings({ ...row, caseType: 'compulsion' }, [], table, rubric, 'zh-CN')).toEqual([])
  })
})

describe('the defects planted in the demo data', () => {
  let ws: TestWorkspace
  let found: Map<string, Set<string>>
  beforeAll(async () => {
    // Loading the demo at the first start signs the window in as its lead.
    ws = await openTestWorkspace({ signedIn: false })
    await ws.call('workspace.loadDemo', {})
    found = new Map()
    for (const campaign of await ws.call('campaigns.list', {})) {
      for (const a of (await ws.call('campaigns.get', { id: campaign.id })).assignments) {
        const e = await ws.call('evaluations.open', { assignmentId: a.assignmentId })
        const problems = (await ws.call('checks.forEvaluation', { evaluationId: e.id })).filter((f) => f.outcome === 'problem').map((f) => f.key)
        found.set(a.case.caseNumber, new Set(problems))
      }
    }
  }, 300_000)
  afterAll(() => ws.close())

  const PLANTED: Record<string, string> = {
    late_filing: 'deadline:filing',
    decision_over_90_days: 'deadline:decision',
    late_service: 'deadline:service',
    missing_service_receipt: 'document:送达回证',
    major_without_legal_review: 'document:法制审核意见',
    fine_outside_tier: 'discretion:amount_outside_tier',
    fine_outside_legal_range: 'discretion:amount_outside_legal_range',
    mitigated_without_legal_review: 'discretion:legal_review_missing',
  }

  it.each(Object.entries(PLANTED))('every %s case is flagged as %s', (defect, key) => {
    const planted = buildDemoWorkspace(2023).cases.filter((c) => c.defects.includes(defect as never))
    expect(planted.length).toBeGreaterThanOrEqual(2)
    for (const c of planted) {
      expect(found.has(c.caseNumber), `${c.caseNumber} is in a campaign`).toBe(true)
      expect([...found.get(c.caseNumber)!], c.caseNumber).toContain(key)
    }
  })

  it('raises no time-limit or missing-document problem on the clean cases of the monthly spot check', () => {
    const clean = buildDemoWorkspace(2023).cases.filter((c) => c.defects.length === 0 && found.has(c.caseNumber))
    expect(clean.length).toBeGreaterThan(5)
    for (const c of clean) {
      const problems = [...found.get(c.caseNumber)!].filter((k) => ['deadline:filing', 'deadline:decision', 'deadline:service'].includes(k) || k.startsWith('document:'))
      expect(problems, c.caseNumber).toEqual([])
    }
  })

  it('raises no discretion-baseline problem on any case without a planted fine or tier defect', () => {
    const DISCRETION_DEFECTS = ['fine_outside_tier', 'fine_outside_legal_range', 'mitigated_without_legal_review']
    const clean = buildDemoWorkspace(2023).cases.filter((c) => found.has(c.caseNumber) && !c.defects.some((d) => DISCRETION_DEFECTS.includes(d)))
    expect(clean.filter((c) => c.caseType === 'penalty').length).toBeGreaterThan(10)
    for (const c of clean) expect([...found.get(c.caseNumber)!].filter((k) => k.startsWith('discretion:')), c.caseNumber).toEqual([])
  })
})
