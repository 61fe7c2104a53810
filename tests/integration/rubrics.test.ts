import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'
import type { Rubric } from '../../shared/domain/rubric'
import { nth } from '../support/defined'

let ws: TestWorkspace
let rubricId: number
let body: Rubric

beforeEach(async () => {
  ws = await openTestWorkspace()
  ;({ id: rubricId } = (await ws.call('rubrics.list', {})).find((r) => r.code === 'penalty-ordinary')!)
  body = (await ws.call('rubrics.get', { id: rubricId })).body
})
afterEach(() => ws.close())

/** The shipped rubric with S1.2's late-filing deduction raised from 1 to 2 points. */
function edited(): Rubric {
  const copy = structuredClone(body)
  const item = nth(copy.sections, 0).items.find((i) => i.id === 'S1.2')!
  const late = item.deductions.find((o) => o.id === 'late')! as { points: number }
  late.points = 2
  return copy
}

describe('rubric versions', () => {
  it('publishes an edit as the next version; an evaluation keeps the version it was scored against', async () => {
    const { squadIds } = await seedRegistry(ws)
    const c = await ws.call('cases.create', caseInput(squadIds[0]))
    const { assignmentIds } = await seedCampaign(ws, [c.id])
    const e = await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
    await ws.call('evaluations.addDeduction', { evaluationId: e.id, itemId: 'S1.2', optionId: 'late', points: 1, reason: '超期立案' })

    const v2 = await ws.call('rubrics.publish', { body: edited() })
    expect(v2).toMatchObject({ code: body.code, version: body.version + 1 })
    const reopened = await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
    expect(reopened.rubricId).toBe(rubricId)
    expect(reopened.total).toBe(99)
    // Under v1 a late filing is worth 1 point, as it was when scored; v2 would demand 2.
    expect((await ws.fail('evaluations.addDeduction', { evaluationId: e.id, itemId: 'S1.2', optionId: 'late', points: 1.5 })).code).toBe('invalid_input')
    const stored = await ws.call('rubrics.get', { id: v2.id })
    expect(stored.body.version).toBe(v2.version)
    expect((await ws.call('rubrics.get', { id: rubricId })).body.sections[0]?.items[1]?.deductions[0]).toMatchObject({ points: 1 })
  })

  it('duplicates a rubric under a new code for special cases', async () => {
    const copy = await ws.call('rubrics.duplicate', { id: rubricId, code: 'compulsion-demolition', name: '城管行政强制案卷评查标准' })
    expect(copy).toMatchObject({ code: 'compulsion-demolition', version: 1, name: '城管行政强制案卷评查标准' })
    expect((await ws.fail('rubrics.duplicate', { id: rubricId, code: 'compulsion-demolition', name: 'again' })).code).toBe('conflict')
    expect((await ws.fail('rubrics.duplicate', { id: rubricId, code: 'compulsion', name: 'shipped' })).code).toBe('conflict')
  })

  it('exports JSON that imports back as the next version', async () => {
    const file = await ws.call('rubrics.exportJson', { id: rubricId })
    const json = await readFile(file.filePath, 'utf8')
    expect(JSON.parse(json).sections).toHaveLength(7)
    const imported = await ws.call('rubrics.importJson', { json })
    expect(imported.version).toBe(body.version + 1)
  })

  it('refuses a rubric whose points do not add up, saying where', async () => {
    const broken = edited()
    nth(nth(broken.sections, 0).items, 0).maxPoints = 5
    const error = await ws.fail('rubrics.importJson', { json: JSON.stringify(broken) })
    expect(error.code).toBe('invalid_input')
    expect(error.message).toMatch(/S1|sections/)
    expect((await ws.fail('rubrics.importJson', { json: '{not json' })).message).toContain('不是评查标准文件')
    expect((await ws.call('rubrics.list', {})).filter((r) => r.code === body.code)).toHaveLength(1)
  })

  it('names the problem of a refused import in the UI language', async () => {
    const broken = edited()
    nth(nth(broken.sections, 0).items, 0).maxPoints = 5
    const json = JSON.stringify(broken)
    expect((await ws.fail('rubrics.importJson', { json })).message).toBe('输入有误：评查项目 S1 › 分值：评查要点分值合计 11 分，与本项目分值 10 分不符')
    expect((await ws.fail('rubrics.importJson', { json: '{not json' })).message).toMatch(/^输入有误：文件不是评查标准文件，内容无法读取/)
    await ws.call('workspace.setLocale', { locale: 'en' })
    expect((await ws.fail('rubrics.importJson', { json })).message).toBe("Invalid input: section S1 › points: the items add up to 11 points, not the section's 10")
  })

  it('counts the evaluations scored against each version', async () => {
    const { squadIds } = await seedRegistry(ws)
    const c = await ws.call('cases.create', caseInput(squadIds[0]))
    const { assignmentIds } = await seedCampaign(ws, [c.id])
    await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
    const v2 = await ws.call('rubrics.publish', { body: edited() })
    const rows = await ws.call('rubrics.list', {})
    expect(rows.map((r) => [r.code, r.version, r.evaluationCount])).toEqual([
      ['av-record', 1, 0],
      ['complaint', 1, 0],
      ['compulsion', 1, 0],
      [body.code, v2.version, 0],
      [body.code, 1, 1],
      ['penalty-simple', 1, 0],
    ])
  })

  it('refuses a duplicate code that is not kebab-case', async () => {
    expect((await ws.fail('rubrics.duplicate', { id: rubricId, code: 'a--b', name: '简易程序' })).code).toBe('invalid_input')
    expect(await ws.call('rubrics.duplicate', { id: rubricId, code: ' simple ', name: '简易程序' })).toMatchObject({ code: 'simple' })
  })
})
