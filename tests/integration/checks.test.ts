import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'
import { buildDemoWorkspace } from '../../electron/services/demo/workspace'

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
    expect(byKey['deadline:service'].message).toBe(
      '送达决定书超期：应于2023-10-09前完成，实际2023-10-10，超期1个工作日（期限7个工作日，' + byKey['deadline:service'].deadline!.article + '）',
    )
  })

  it('confirming takes the proposed deduction; overriding needs a reason and is audited', async () => {
    const confirmed = await ws.call('checks.confirm', { evaluationId, key: 'deadline:service' })
    expect(confirmed.evaluation.total).toBe(98)
    expect(confirmed.evaluation.deductions).toEqual([expect.objectContaining({ itemId: 'S5.2', optionId: 'late', points: 2 })])
    expect(confirmed.findings.find((f) => f.key === 'deadline:service')!.decision).toMatchObject({ kind: 'confirmed', deductionId: confirmed.evaluation.deductions[0].id })
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

describe('the defects planted in the demo data', () => {
  let ws: TestWorkspace
  let found: Map<string, Set<string>>
  beforeAll(async () => {
    ws = await openTestWorkspace()
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
})
