import { randomBytes } from 'node:crypto'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { concatTransformationMatrix, drawObject, PDFDocument, popGraphicsState, pushGraphicsState } from 'pdf-lib'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caseInput, openTestWorkspace, seedRegistry, TEST_ADMIN, TEST_PASSWORD } from '../support/workspace'
import { launchApp, type RunningApp } from './harness'

const PAGES = 40
const SIDE = 800 // each page a 800 × 800 grey image, stored raw: 640 KB a page

let app: RunningApp
let page: Page
let dataDir: string
let caseId: number
let fileBytes: number

/** A scan-sized file whose pages are images of noise (incompressible, so it stays large). */
async function largeScan(path: string) {
  const pdf = await PDFDocument.create()
  for (let i = 0; i < PAGES; i++) {
    const image = pdf.context.register(
      pdf.context.stream(randomBytes(SIDE * SIDE), { Type: 'XObject', Subtype: 'Image', Width: SIDE, Height: SIDE, ColorSpace: 'DeviceGray', BitsPerComponent: 8 }),
    )
    const p = pdf.addPage([595, 842])
    const name = p.node.newXObject('Scan', image)
    p.pushOperators(pushGraphicsState(), concatTransformationMatrix(595, 0, 0, 842, 0, 0), drawObject(name), popGraphicsState())
  }
  const bytes = await pdf.save({ useObjectStreams: false })
  await writeFile(path, bytes)
  return bytes.length
}

beforeAll(async () => {
  const ws = await openTestWorkspace()
  dataDir = ws.dir
  const { squadIds } = await seedRegistry(ws)
  caseId = (await ws.call('cases.create', caseInput(squadIds[0]))).id
  const path = join(dataDir, '扫描件-40页.pdf')
  fileBytes = await largeScan(path)
  await ws.call('documents.attach', { caseId, path })
  await ws.app.close()
  app = await launchApp({ dataDir, account: { login: TEST_ADMIN.login, password: TEST_PASSWORD } })
  page = app.page
}, 240_000)
afterAll(async () => {
  await app?.close()
  await rm(dataDir, { recursive: true, force: true })
})

/** Every read of a stored scan: its Range header and the bytes it returned. */
function watchReads(p: Page) {
  const reads: { range: string | null; bytes: number }[] = []
  p.on('response', async (response) => {
    if (!new URL(response.url()).pathname.startsWith('/files/')) return
    const body = await response.body().catch(() => Buffer.alloc(0))
    reads.push({ range: response.request().headers()['range'] ?? null, bytes: body.length })
  })
  return reads
}

async function openScan() {
  await page.evaluate((hash) => ((globalThis as unknown as { location: { hash: string } }).location.hash = hash), `#/cases/${caseId}`)
  await page.getByTestId('document-open').first().click()
}

const painted = (pageNumber: number) => page.locator(`.ant-modal canvas[data-rendered="true"][data-page-number="${pageNumber}"]`)

describe('a large scan is read by ranges', () => {
  it('paints page 1 after reading only part of the file, every read a range', async () => {
    const reads = watchReads(page)
    await openScan()
    await painted(1).waitFor({ timeout: 60_000 })
    // Responses are counted as they finish; those for page 1 are in once it is painted.
    await expect.poll(() => reads.length).toBeGreaterThan(PAGES)
    expect(reads.every((r) => r.range !== null)).toBe(true)
    const read = reads.reduce((sum, r) => sum + r.bytes, 0)
    expect(read).toBeGreaterThan(0)
    expect(read).toBeLessThan(fileBytes / 2)
    await app.screenshot('viewer-range-first-page')
    await page.keyboard.press('Escape')
  }, 120_000)

  it('says so when a read fails after opening, and reopens once the file can be read again', async () => {
    await openScan()
    await painted(1).waitFor({ timeout: 60_000 })
    // The store goes away under the open document: the next page read fails.
    await page.route('**/files/**', (route) => route.abort('connectionrefused'))
    await page.keyboard.press('End')
    const error = page.locator('.ant-modal [data-testid="viewer-error"]')
    await error.waitFor({ timeout: 60_000 })
    expect(await error.innerText()).toContain('读取文件时中断')
    await app.screenshot('viewer-range-read-failed')
    await page.unroute('**/files/**')
    await page.locator('.ant-modal [data-testid="viewer-reopen"]').click()
    await page.locator('.ant-modal canvas[data-rendered="true"]').first().waitFor({ timeout: 60_000 })
    await page.keyboard.press('Escape')
  }, 120_000)
})
