import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'
import { plainPdf } from '../support/pdf-bytes'
import { errorMessage } from '../../shared/i18n/error-messages'
import { nth } from '../support/defined'

/** Values that must never be saved, and those an older version may have saved anyway. */
let ws: TestWorkspace
let squadIds: [number, number]
let caseIds: [number, number]
let evaluationId: number

beforeEach(async () => {
  ws = await openTestWorkspace()
  ;({ squadIds } = await seedRegistry(ws))
  const a = await ws.call('cases.create', caseInput(squadIds[0], { discoveredOn: '2023-06-01', filedOn: '2023-06-05', decidedOn: '2023-09-22', servedOn: '2023-10-10' }))
  const b = await ws.call('cases.create', caseInput(squadIds[1], { caseNumber: '青城管罚字〔2023〕第01002号', party: '钱某' }))
  caseIds = [a.id, b.id]
  const { assignmentIds } = await seedCampaign(ws, caseIds)
  evaluationId = (await ws.call('evaluations.open', { assignmentId: nth(assignmentIds, 0) })).id
})
afterEach(() => ws.close())

describe('dates that do not exist', () => {
  it('are refused as calendar overrides and case dates, naming the field', async () => {
    for (const date of ['2023-02-30', '2023-13-01', '0000-01-01']) {
      const override = await ws.fail('calendar.setOverrides', { overrides: [{ date, kind: 'holiday' }] })
      expect(override.code).toBe('invalid_input')
      expect(override.message).toContain('overrides.0.date')
      const filed = await ws.fail('cases.create', caseInput(squadIds[0], { caseNumber: '青城管罚字〔2023〕第09999号', filedOn: date }))
      expect(filed.code).toBe('invalid_input')
      expect(filed.message).toContain('filedOn')
    }
    expect(await ws.app.ctx.db.selectFrom('calendarOverrides').selectAll().execute()).toEqual([])
    expect((await ws.app.ctx.db.selectFrom('cases').select('id').execute()).length).toBe(2)
  })

  it('saved by an older version leave the other findings working', async () => {
    const db = ws.app.ctx.db
    await db.insertInto('calendarOverrides').values([{ date: '2023-02-30', kind: 'holiday', note: '' }]).execute()
    await db.updateTable('cases').set({ servedOn: '2023-02-30' }).where('id', '=', caseIds[0]).execute()
    const findings = await ws.call('checks.forEvaluation', { evaluationId })
    expect(findings.find((f) => f.key === 'deadline:service')).toMatchObject({ outcome: 'unknown', deadline: { status: 'missing_date', actualDate: null } })
    expect(findings.find((f) => f.key === 'deadline:decision')).toMatchObject({ outcome: 'problem' })
    expect((await ws.call('calendar.status', {})).overrides).toEqual([])
  })
})

describe('evidence of a deduction or a veto', () => {
  async function attach(caseId: number, name: string) {
    const path = join(ws.dir, name)
    await writeFile(path, plainPdf())
    return (await ws.call('documents.attach', { caseId, path })).document.id
  }

  it('must be a page of a document of the evaluation’s own case', async () => {
    const own = await attach(caseIds[0], '本案扫描件.pdf')
    const other = await attach(caseIds[1], '他案扫描件.pdf')
    const auditBefore = (await ws.app.ctx.db.selectFrom('auditLog').select('id').execute()).length
    const deduction = { evaluationId, itemId: 'S5.2', points: 2, reason: '无送达回证' }
    const foreign = await ws.fail('evaluations.addDeduction', { ...deduction, documentId: other, page: 1 })
    expect(foreign.code).toBe('evidence_not_found')
    expect(foreign.message).toBe('标注的证据不存在：文书不在本案卷宗中，或该文书没有第 1 页。')
    expect((await ws.fail('evaluations.addDeduction', { ...deduction, documentId: own, page: 2 })).code).toBe('evidence_not_found')
    expect((await ws.fail('evaluations.addDeduction', { ...deduction, documentId: other, page: null })).code).toBe('evidence_not_found')
    const veto = { evaluationId, vetoId: 'V1', on: true, reason: '主体不适格' }
    expect((await ws.fail('evaluations.setVeto', { ...veto, documentId: other, page: 1 })).code).toBe('evidence_not_found')
    expect((await ws.fail('evaluations.setVeto', { ...veto, documentId: own, page: 9 })).code).toBe('evidence_not_found')
    expect((await ws.app.ctx.db.selectFrom('auditLog').select('id').execute()).length).toBe(auditBefore)

    const saved = await ws.call('evaluations.addDeduction', { ...deduction, documentId: own, page: 1 })
    expect(saved.deductions.map((d) => [d.documentId, d.page])).toEqual([[own, 1]])
    const vetoed = await ws.call('evaluations.setVeto', { ...veto, documentId: own, page: 1 })
    expect(vetoed.vetoes).toEqual([{ vetoId: 'V1', reason: '主体不适格', documentId: own, page: 1 }])
  })
})

describe('names and numbers', () => {
  it('must show something: invisible characters are removed, and what is left is bounded', async () => {
    const blank = await ws.fail('cases.create', caseInput(squadIds[0], { caseNumber: '\u200B\u200C\u200D\uFEFF\u2060' }))
    expect(blank.code).toBe('invalid_input')
    expect(blank.message).toContain('caseNumber')
    expect((await ws.fail('people.createSquad', { name: ' \u2060 ', kind: 'street' })).code).toBe('invalid_input')
    const created = await ws.call('cases.create', caseInput(squadIds[0], { caseNumber: '\u200B青城管罚字〔2023〕第01003号\uFEFF' }))
    expect(created.caseNumber).toBe('青城管罚字〔2023〕第01003号')

    const { body } = await ws.call('rubrics.get', { id: nth(await ws.call('rubrics.list', {}), 0).id })
    for (const name of ['x'.repeat(1_900_000), 'x'.repeat(101), '\u200B']) {
      const refused = await ws.fail('rubrics.publish', { body: { ...body, name } })
      expect(refused.code).toBe('invalid_input')
      expect(refused.message).toContain('name')
    }
  })
})

describe('an internal error', () => {
  it('does not claim the saved data is unaffected, which it cannot know', () => {
    expect(errorMessage('internal', 'zh-CN', { detail: 'x' })).toBe('程序内部错误：x。请重试；如问题持续，请联系管理员并提供日志。')
    expect(errorMessage('internal', 'en', { detail: 'x' })).not.toContain('unaffected')
  })
})
