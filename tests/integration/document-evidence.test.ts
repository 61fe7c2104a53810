import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'
import { plainPdf } from '../support/pdf-bytes'
import { storedPath } from '../../electron/backend/services/documents/store'
import { nth } from '../support/defined'

/** A scan that a submitted evaluation was scored on stays with its case. */
let ws: TestWorkspace
let caseId: number
let documentId: number
let evaluationId: number

beforeAll(async () => {
  ws = await openTestWorkspace()
  const { squadIds } = await seedRegistry(ws)
  caseId = (await ws.call('cases.create', caseInput(squadIds[0]))).id
  const path = join(ws.dir, '案卷扫描件.pdf')
  await writeFile(path, plainPdf())
  documentId = (await ws.call('documents.attach', { caseId, path })).document.id
  const { assignmentIds } = await seedCampaign(ws, [caseId])
  evaluationId = (await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })).id
  await ws.call('evaluations.addDeduction', { evaluationId, itemId: 'S5.2', points: 4, reason: '无送达回证', documentId, page: 1 })
})
afterAll(() => ws.close())

describe('detaching the scan of an evaluated case', () => {
  it('is refused once the evaluation is submitted, saying why in both languages, and nothing changes', async () => {
    await ws.call('evaluations.submit', { evaluationId })
    const auditBefore = await ws.app.ctx.db.selectFrom('auditLog').select('id').execute()
    const error = await ws.fail('documents.detach', { id: documentId })
    expect(error.code).toBe('document_is_evidence')
    expect(error.message).toBe('“案卷扫描件.pdf”是案件 青城管罚字〔2023〕第01001号 已提交评查记录所依据的案卷材料，不能移除。如确需更换，请先由组长退回该评查记录。')
    await ws.call('workspace.setLocale', { locale: 'en' })
    expect((await ws.fail('documents.detach', { id: documentId })).message).toContain('cannot be removed')
    await ws.call('workspace.setLocale', { locale: 'zh-CN' })

    const docs = await ws.call('documents.list', { caseId })
    expect(docs.map((d) => d.id)).toEqual([documentId])
    expect(existsSync(storedPath(ws.app.ctx.paths.files, nth(docs, 0).sha256))).toBe(true)
    const evaluation = await ws.call('evaluations.open', { assignmentId: nth(await ws.call('campaigns.forCase', { caseId }), 0).assignmentId })
    expect(evaluation.deductions[0]).toMatchObject({ documentId, page: 1 })
    expect((await ws.app.ctx.db.selectFrom('auditLog').select('id').execute()).length).toBe(auditBefore.length)
  })

  it('is allowed again once the lead reopens the evaluation', async () => {
    await ws.call('evaluations.reopen', { evaluationId, reason: '更换扫描件' })
    expect(await ws.call('documents.detach', { id: documentId })).toEqual({ ok: true })
    expect(await ws.call('documents.list', { caseId })).toEqual([])
  })
})
