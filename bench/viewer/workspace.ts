import type { Server } from 'node:http'
import { join } from 'node:path'
import { createBridge, listen } from '../../electron/backend/bridge/server'
import type { DocumentInfo } from '../../shared/contract/documents'
import { REPO_ROOT } from '../../tests/support/paths'
import { caseInput, openTestWorkspace, seedRegistry, type TestWorkspace } from '../../tests/support/workspace'
import { nth } from '../../tests/support/defined'

export const BENCH_PAGES_DIR = join(REPO_ROOT, 'out', 'bench-viewer')

export interface BenchServer {
  ws: TestWorkspace
  origin: string
  token: string
  close(): Promise<void>
}

/**
 * A real workspace (SQLite file, content store) behind the real bridge, which serves both bench
 * pages and the scans (/files/<sha256>, with ranges): the same server for both viewers.
 */
export async function startBenchServer(): Promise<BenchServer> {
  const ws = await openTestWorkspace()
  const token = `bench-${Math.random().toString(36).slice(2)}`
  const server: Server = createBridge({ app: ws.app, token, staticDir: BENCH_PAGES_DIR })
  const port = await listen(server)
  return {
    ws,
    origin: `http://127.0.0.1:${port}`,
    token,
    close: async () => {
      server.closeAllConnections()
      server.close()
      await ws.close()
    },
  }
}

/**
 * `count` cases with the scan: the first attached through the real attach (inspected, stored by
 * hash), the others recorded against the same stored file as attach would (inspecting a 300-page
 * scan 50 times would take minutes and measures nothing here).
 */
export async function attachScans(ws: TestWorkspace, pdfPath: string, count: number): Promise<DocumentInfo[]> {
  const { squadIds } = await seedRegistry(ws)
  const caseIds: number[] = []
  for (let i = 0; i < count; i++) {
    const c = await ws.call('cases.create', caseInput(squadIds[0], { caseNumber: `青城管罚字〔2023〕第0${2000 + i}号` }))
    caseIds.push(c.id)
  }
  const caseId = nth(caseIds, 0)
  await ws.call('documents.attach', { caseId, path: pdfPath })
  const first = nth(await ws.call('documents.list', { caseId }), 0, 'document')
  const rows = caseIds.slice(1).map((caseId) => ({ caseId, sha256: first.sha256, fileName: first.fileName, addedAt: first.addedAt }))
  if (rows.length) await ws.app.ctx.db.insertInto('documents').values(rows).execute()
  const documents = [first]
  for (const caseId of caseIds.slice(1)) documents.push(...(await ws.call('documents.list', { caseId })))
  return documents
}

/** Forget where the reviewer left each document, so every session opens at page 1. */
export async function forgetViews(ws: TestWorkspace): Promise<void> {
  await ws.app.ctx.db.deleteFrom('viewStates').execute()
}
