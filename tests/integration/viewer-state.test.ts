import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../electron/backend/services/backend'
import { requireFixtures } from '../support/paths'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'
import { nth } from '../support/defined'

const fixtures = requireFixtures()
let ws: TestWorkspace
let caseId: number
let twoPages: number // rotation.pdf
let threePages: number // issue5481.pdf

beforeEach(async () => {
  ws = await openTestWorkspace()
  const { squadIds } = await seedRegistry(ws)
  caseId = (await ws.call('cases.create', caseInput(squadIds[0]))).id
  twoPages = (await ws.call('documents.attach', { caseId, path: join(fixtures, 'rotation.pdf') })).document.id
  threePages = (await ws.call('documents.attach', { caseId, path: join(fixtures, 'issue5481.pdf') })).document.id
})
afterEach(() => ws.close())

/** Closes the workspace's app and opens a second one on the same data folder, as a restart would. */
async function restart(): Promise<Backend> {
  await ws.app.close()
  return openBackend({ dataDir: ws.dir, resourcesDir: ws.app.ctx.paths.resources })
}

/** Calls on the given app as the workspace's window, still signed in across the restart. */
async function callOn<T>(app: Backend, method: string, input: unknown): Promise<T> {
  ws.app = app
  const r = await ws.dispatch(method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
  return r.value as T
}

const auditOf = (action: string) =>
  ws.app.ctx.db.selectFrom('auditLog').select(['entityId', 'before', 'after']).where('action', '=', action).orderBy('id').execute()

describe('page rotation', () => {
  it('turns one page, then all pages, and both survive a restart', async () => {
    const one = await ws.call('documents.setRotation', { documentId: threePages, pages: [2], degrees: 90 })
    expect(one.rotations).toEqual([{ page: 2, degrees: 90 }])
    const all = await ws.call('documents.setRotation', { documentId: twoPages, pages: 'all', degrees: 180 })
    expect(all.rotations).toEqual([
      { page: 1, degrees: 180 },
      { page: 2, degrees: 180 },
    ])
    const audit = await auditOf('document.rotate')
    expect(audit.map((a) => [a.entityId, JSON.parse(a.after!)])).toEqual([
      [String(threePages), { pages: [2], degrees: 90 }],
      [String(twoPages), { pages: 'all', degrees: 180 }],
    ])

    const app = await restart()
    try {
      const docs = await callOn<{ id: number; rotations: unknown[] }[]>(app, 'documents.list', { caseId })
      expect(docs.find((d) => d.id === threePages)?.rotations).toEqual([{ page: 2, degrees: 90 }])
      expect(docs.find((d) => d.id === twoPages)?.rotations).toEqual([
        { page: 1, degrees: 180 },
        { page: 2, degrees: 180 },
      ])
    } finally {
      await app.close()
    }
  })

  it('clears a page with 0 and refuses pages beyond the document', async () => {
    await ws.call('documents.setRotation', { documentId: threePages, pages: [1, 3], degrees: 270 })
    const cleared = await ws.call('documents.setRotation', { documentId: threePages, pages: [1], degrees: 0 })
    expect(cleared.rotations).toEqual([{ page: 3, degrees: 270 }])
    expect(await ws.app.ctx.db.selectFrom('pageRotations').select('page').where('documentId', '=', threePages).execute()).toEqual([{ page: 3 }])
    expect(JSON.parse(nth(await auditOf('document.rotate'), 1).before!)).toEqual([{ page: 1, degrees: 270 }])

    const beyond = await ws.fail('documents.setRotation', { documentId: threePages, pages: [2, 4], degrees: 90 })
    expect(beyond.code).toBe('invalid_input')
    expect(beyond.message).toContain('4')
    expect((await ws.call('documents.list', { caseId })).find((d) => d.id === threePages)?.rotations).toEqual([{ page: 3, degrees: 270 }])
    expect((await ws.fail('documents.setRotation', { documentId: threePages, pages: [1], degrees: 45 })).code).toBe('invalid_input')
    expect((await ws.fail('documents.setRotation', { documentId: 9999, pages: 'all', degrees: 90 })).code).toBe('not_found')
  })

  it('gives one document as stored, its rotations included, as the list does', async () => {
    await ws.call('documents.setRotation', { documentId: twoPages, pages: [2], degrees: 270 })
    const one = await ws.call('documents.get', { id: twoPages })
    expect(one).toEqual((await ws.call('documents.list', { caseId })).find((d) => d.id === twoPages))
    expect(one.rotations).toEqual([{ page: 2, degrees: 270 }])
    expect((await ws.fail('documents.get', { id: 9999 })).code).toBe('not_found')
  })
})

describe('page tags (卷内目录)', () => {
  it('replaces the whole list, sorted by first page, and audits before and after', async () => {
    const first = await ws.call('documents.setPageTags', {
      documentId: threePages,
      tags: [
        { firstPage: 2, lastPage: 3, docType: '询问笔录' },
        { firstPage: 1, lastPage: 1, docType: '立案审批表' },
      ],
    })
    expect(first.map((t) => [t.firstPage, t.lastPage, t.docType])).toEqual([
      [1, 1, '立案审批表'],
      [2, 3, '询问笔录'],
    ])
    const second = await ws.call('documents.setPageTags', { documentId: threePages, tags: [{ firstPage: 1, lastPage: 3, docType: '处罚决定书' }] })
    expect(second).toEqual([{ id: expect.any(Number), firstPage: 1, lastPage: 3, docType: '处罚决定书' }])
    expect(await ws.call('documents.pageTags', { documentId: threePages })).toEqual(second)
    expect(await ws.call('documents.pageTags', { documentId: twoPages })).toEqual([])

    const audit = await auditOf('document.page_tags')
    expect(audit).toHaveLength(2)
    expect(JSON.parse(nth(audit, 1).before!)).toEqual([
      { firstPage: 1, lastPage: 1, docType: '立案审批表' },
      { firstPage: 2, lastPage: 3, docType: '询问笔录' },
    ])
    expect(JSON.parse(nth(audit, 1).after!)).toEqual([{ firstPage: 1, lastPage: 3, docType: '处罚决定书' }])

    expect(await ws.call('documents.setPageTags', { documentId: threePages, tags: [] })).toEqual([])
  })

  it('refuses overlapping, reversed and out-of-range ranges, naming the range, and keeps the old list', async () => {
    const kept = await ws.call('documents.setPageTags', { documentId: threePages, tags: [{ firstPage: 1, lastPage: 2, docType: '现场检查笔录' }] })
    const overlap = await ws.fail('documents.setPageTags', {
      documentId: threePages,
      tags: [
        { firstPage: 1, lastPage: 2, docType: '询问笔录' },
        { firstPage: 2, lastPage: 3, docType: '证据材料' },
      ],
    })
    expect(overlap.code).toBe('invalid_input')
    expect(overlap.message).toContain('2–3 证据材料')
    expect(overlap.message).toContain('1–2 询问笔录')

    const beyond = await ws.fail('documents.setPageTags', { documentId: threePages, tags: [{ firstPage: 3, lastPage: 4, docType: '送达回证' }] })
    expect(beyond.code).toBe('invalid_input')
    expect(beyond.message).toContain('3–4 送达回证')
    const reversed = await ws.fail('documents.setPageTags', { documentId: threePages, tags: [{ firstPage: 3, lastPage: 2, docType: '送达回证' }] })
    expect(reversed.code).toBe('invalid_input')
    expect(reversed.message).toContain('3–2 送达回证')

    expect(await ws.call('documents.pageTags', { documentId: threePages })).toEqual(kept)
    expect((await ws.fail('documents.pageTags', { documentId: 9999 })).code).toBe('not_found')
  })

  it('goes away with the document when it is detached, as do its rotations and view state', async () => {
    await ws.call('documents.setPageTags', { documentId: twoPages, tags: [{ firstPage: 1, lastPage: 2, docType: '封面' }] })
    await ws.call('documents.setRotation', { documentId: twoPages, pages: [1], degrees: 90 })
    await ws.call('documents.saveViewState', { documentId: twoPages, state: { page: 2, zoom: 'fit-page' } })
    await ws.call('documents.detach', { id: twoPages })
    const db = ws.app.ctx.db
    expect(await db.selectFrom('pageTags').selectAll().where('documentId', '=', twoPages).execute()).toEqual([])
    expect(await db.selectFrom('pageRotations').selectAll().where('documentId', '=', twoPages).execute()).toEqual([])
    expect(await db.selectFrom('viewStates').selectAll().where('documentId', '=', twoPages).execute()).toEqual([])
    expect((await ws.fail('documents.pageTags', { documentId: twoPages })).code).toBe('not_found')
  })
})

describe('view state', () => {
  it('round-trips page and zoom, clamps the page, and is not audited', async () => {
    expect(await ws.call('documents.viewState', { documentId: threePages })).toBeNull()
    await ws.call('documents.saveViewState', { documentId: threePages, state: { page: 2, zoom: 150 } })
    expect(await ws.call('documents.viewState', { documentId: threePages })).toEqual({ page: 2, zoom: 150 })
    await ws.call('documents.saveViewState', { documentId: threePages, state: { page: 99, zoom: 'fit-width' } })
    expect(await ws.call('documents.viewState', { documentId: threePages })).toEqual({ page: 3, zoom: 'fit-width' })
    expect(await ws.call('documents.viewState', { documentId: twoPages })).toBeNull()

    const app = await restart()
    try {
      expect(await callOn(app, 'documents.viewState', { documentId: threePages })).toEqual({ page: 3, zoom: 'fit-width' })
      const audited = await app.ctx.db.selectFrom('auditLog').select('action').where('action', 'like', '%view%').execute()
      expect(audited).toEqual([])
    } finally {
      await app.close()
    }
  })

  it('refuses a zoom out of range and an unknown document', async () => {
    expect((await ws.fail('documents.saveViewState', { documentId: threePages, state: { page: 1, zoom: 1000 } })).code).toBe('invalid_input')
    expect((await ws.fail('documents.saveViewState', { documentId: 9999, state: { page: 1, zoom: 'fit-page' } })).code).toBe('not_found')
    expect((await ws.fail('documents.viewState', { documentId: 9999 })).code).toBe('not_found')
  })
})

describe('evidence rectangles on deductions', () => {
  it('round-trip through evaluations.open and are audited', async () => {
    const { assignmentIds } = await seedCampaign(ws, [caseId])
    const e = await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
    const rect = { x: 0.125, y: 0.5, w: 0.375, h: 0.25 }
    await ws.call('evaluations.addDeduction', { evaluationId: e.id, itemId: 'S2.1', points: 1, reason: '笔录未签名', documentId: threePages, page: 2, rect })
    await ws.call('evaluations.addDeduction', { evaluationId: e.id, itemId: 'S1.2', points: 1, reason: '超期立案', documentId: threePages, page: 1 })

    const app = await restart()
    try {
      const state = await callOn<{ deductions: { itemId: string; documentId: number; page: number; rect: unknown }[] }>(app, 'evaluations.open', { assignmentId: assignmentIds[0] })
      expect(state.deductions.map(({ itemId, documentId, page, rect }) => ({ itemId, documentId, page, rect }))).toEqual([
        { itemId: 'S2.1', documentId: threePages, page: 2, rect },
        { itemId: 'S1.2', documentId: threePages, page: 1, rect: null },
      ])
      const audit = await app.ctx.db.selectFrom('auditLog').select('after').where('action', '=', 'evaluation.deduct').orderBy('id').execute()
      expect(JSON.parse(nth(audit, 0).after!)).toMatchObject({ itemId: 'S2.1', documentId: threePages, page: 2, rect })
      expect(JSON.parse(nth(audit, 1).after!)).toMatchObject({ itemId: 'S1.2', rect: null })
    } finally {
      await app.close()
    }
  })

  it('refuses a rectangle without a page or a document, or outside the page', async () => {
    const { assignmentIds } = await seedCampaign(ws, [caseId])
    const e = await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
    const base = { evaluationId: e.id, itemId: 'S2.1', points: 1, reason: '笔录未签名' }
    const rect = { x: 0.1, y: 0.1, w: 0.2, h: 0.2 }
    const noPage = await ws.fail('evaluations.addDeduction', { ...base, documentId: threePages, rect })
    expect(noPage.code).toBe('invalid_input')
    expect(noPage.message).toContain('page')
    const noDocument = await ws.fail('evaluations.addDeduction', { ...base, page: 1, rect })
    expect(noDocument.code).toBe('invalid_input')
    expect(noDocument.message).toContain('documentId')
    const outside = await ws.fail('evaluations.addDeduction', { ...base, documentId: threePages, page: 1, rect: { x: 0.9, y: 0.1, w: 0.2, h: 0.2 } })
    expect(outside.code).toBe('invalid_input')
    const state = await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
    expect(state.deductions).toEqual([])
    expect(state.total).toBe(100)
  })
})
