import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/backend/services/backend'
import { RESOURCES_DIR } from '../support/paths'
import { buildTiff, encodeG4, encodeLzw, encodePackBits, grey8, packBits1, rgb8, scanBitmap, strips, type TiffPage } from '../support/tiff-bytes'
import { chooseFiles, launchApp, keepFailureScreens, type RunningApp } from './harness'
import { nth, only, take } from '../support/defined'
import { newCaller } from '../../electron/backend/services/auth/caller'
import { FIRST_ADMIN } from './steps/people'

let app: RunningApp
let page: Page
let caseId: number
let dataDir: string
let filesDir: string

/** A workspace with one squad and one case, to attach scans to through the browser. */
async function prepareWorkspace() {
  const services = await openBackend({ dataDir, resourcesDir: RESOURCES_DIR })
  const squad = only(await services.ctx.db.insertInto('squads').values({ name: '夏阳街道中队', kind: 'street', sortOrder: 1 }).returning('id').execute())
  // The first administrator, signed in at one window, registers the case.
  const caller = newCaller()
  const admin = await services.dispatch('auth.setup', { name: '王敏', ...FIRST_ADMIN }, caller)
  if (!admin.ok) throw new Error(admin.error.message)
  const r = await services.dispatch('cases.create', { caseNumber: '青城管罚字〔2023〕第07001号', party: '上海某某餐饮有限公司', domain: 'street_appearance', squadId: squad.id }, caller)
  if (!r.ok) throw new Error(r.error.message)
  caseId = (r.value as { id: number }).id
  await services.close()
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'review-desk-images-'))
  filesDir = await mkdtemp(join(tmpdir(), 'review-desk-scans-'))
  await prepareWorkspace()
  app = await launchApp({ dataDir, account: FIRST_ADMIN })
  page = app.page
}, 240_000)
afterAll(async () => {
  await app?.close()
  await rm(dataDir, { recursive: true, force: true })
  await rm(filesDir, { recursive: true, force: true })
})
keepFailureScreens(() => app, 'images-')

const go = (route: string) => page.evaluate((hash) => ((globalThis as unknown as { location: { hash: string } }).location.hash = hash), `#${route}`)
const dialog = () => page.locator('.ant-modal')
const currentCanvas = (pageNumber?: number) => dialog().locator(`[data-testid="viewer-canvas"][data-rendered="true"]${pageNumber ? `[data-page-number="${pageNumber}"]` : ''}`)
const pageSlot = (n: number) => dialog().locator(`[data-testid="viewer-page"][data-page-number="${n}"]`)

type Pixels = { width: number; height: number; data: Uint8ClampedArray }
type Drawable = { width: number; height: number; naturalWidth?: number; naturalHeight?: number }

/** Pixels darker than paper in a painted canvas or a shown image; and how many are clearly coloured. */
function inkOf(target: Locator): Promise<{ ink: number; coloured: number; width: number; height: number }> {
  return target.evaluate((el) => {
    type Ctx = { drawImage(img: unknown, x: number, y: number): void; getImageData(x: number, y: number, w: number, h: number): Pixels }
    const doc = (globalThis as unknown as { document: { createElement(tag: 'canvas'): Drawable & { getContext(kind: '2d'): Ctx } } }).document
    const source = el as unknown as Drawable & { getContext?: (kind: '2d') => Ctx }
    let pixels: Pixels
    if (source.getContext) pixels = source.getContext('2d').getImageData(0, 0, source.width, source.height)
    else {
      const canvas = doc.createElement('canvas')
      canvas.width = source.naturalWidth!
      canvas.height = source.naturalHeight!
      const ctx = canvas.getContext('2d')
      ctx.drawImage(source, 0, 0)
      pixels = ctx.getImageData(0, 0, canvas.width, canvas.height)
    }
    let ink = 0
    let coloured = 0
    const d = pixels.data
    for (let i = 0; i < d.length; i += 4) {
      // RGBA: i + 2 is inside the data.
      const [r, g, b] = [d[i] ?? 0, d[i + 1] ?? 0, d[i + 2] ?? 0]
      if (r + g + b < 384) ink++
      if (r > 150 && g < 90 && b < 90) coloured++
    }
    return { ink, coloured, width: pixels.width, height: pixels.height }
  })
}

/** A scanned form drawn by the browser itself and encoded as JPEG or PNG: black text, a red seal. */
async function browserScan(type: 'image/jpeg' | 'image/png', title: string, size: { width: number; height: number }): Promise<Uint8Array> {
  const base64 = await page.evaluate(
    async ({ type, title, size }) => {
      type Ctx2d = { fillStyle: string; strokeStyle: string; lineWidth: number; font: string; fillRect(x: number, y: number, w: number, h: number): void; fillText(t: string, x: number, y: number): void; beginPath(): void; arc(x: number, y: number, r: number, a: number, b: number): void; stroke(): void }
      type Canvas = { width: number; height: number; getContext(kind: '2d'): Ctx2d; toBlob(cb: (b: { arrayBuffer(): Promise<ArrayBuffer> } | null) => void, type: string, quality?: number): void }
      const g = globalThis as unknown as { document: { createElement(tag: 'canvas'): Canvas }; btoa(s: string): string }
      const canvas = g.document.createElement('canvas')
      canvas.width = size.width
      canvas.height = size.height
      const ctx = canvas.getContext('2d')
      ctx.fillStyle = '#f7f5ee'
      ctx.fillRect(0, 0, size.width, size.height)
      ctx.fillStyle = '#111'
      ctx.font = `bold ${Math.round(size.width / 14)}px sans-serif`
      ctx.fillText(title, size.width * 0.25, size.height * 0.1)
      ctx.font = `${Math.round(size.width / 32)}px sans-serif`
      for (let y = size.height * 0.18, i = 0; y < size.height * 0.85; y += size.height / 22, i++) ctx.fillText(`第${i + 1}行 当事人于现场接受询问，执法人员出示了执法证件。`, size.width * 0.08, y)
      ctx.strokeStyle = '#c81e1e'
      ctx.lineWidth = size.width / 80
      ctx.beginPath()
      ctx.arc(size.width * 0.72, size.height * 0.8, size.width * 0.1, 0, Math.PI * 2)
      ctx.stroke()
      const blob = await new Promise<{ arrayBuffer(): Promise<ArrayBuffer> }>((resolve) => canvas.toBlob((b) => resolve(b!), type, 0.9))
      const bytes = new Uint8Array(await blob.arrayBuffer())
      let binary = ''
      for (const b of bytes) binary += String.fromCharCode(b)
      return g.btoa(binary)
    },
    { type, title, size },
  )
  return Uint8Array.from(Buffer.from(base64, 'base64'))
}

/** Seven pages as bureau scanners write them, the last in a compression nobody decodes. */
function bureauTiff(jpegPage: Uint8Array): { bytes: Uint8Array; pages: TiffPage[] } {
  const [p1, p2, p3, p5] = take([1, 2, 3, 5].map((n) => scanBitmap(620, 877, n)), 4)
  const wide = scanBitmap(877, 620, 4)
  const pages: TiffPage[] = [
    { width: 620, height: 877, compression: 4, photometric: 0, bitsPerSample: [1], rowsPerStrip: 877, strips: [encodeG4(p1)] },
    { width: 620, height: 877, compression: 5, photometric: 1, bitsPerSample: [8], rowsPerStrip: 64, strips: strips(877, 64, (rows) => encodeLzw(grey8(p2, rows))) },
    { width: 620, height: 877, compression: 32773, photometric: 0, bitsPerSample: [1], rowsPerStrip: 100, strips: strips(877, 100, (rows) => encodePackBits(packBits1(p3, rows))) },
    { width: 877, height: 620, compression: 1, photometric: 2, bitsPerSample: [8, 8, 8], rowsPerStrip: 620, strips: [rgb8(wide)] },
    { width: 620, height: 877, compression: 8, photometric: 1, bitsPerSample: [8], rowsPerStrip: 877, strips: [deflateSync(grey8(p5))] },
    { width: 620, height: 877, compression: 7, photometric: 6, bitsPerSample: [8, 8, 8], rowsPerStrip: 877, strips: [jpegPage] },
    { width: 620, height: 877, compression: 34712, photometric: 2, bitsPerSample: [8, 8, 8], rowsPerStrip: 877, strips: [Uint8Array.from({ length: 512 }, (_, i) => i & 0xff)] },
  ]
  return { bytes: buildTiff(pages), pages }
}

/** A long fax-quality file: 300 G4 pages (nine page images, repeated). */
function longFaxTiff(): Uint8Array {
  const encoded = Array.from({ length: 9 }, (_, i) => encodeG4(scanBitmap(620, 877, i + 1)))
  const pages: TiffPage[] = Array.from({ length: 300 }, (_, i) => ({ width: 620, height: 877, compression: 4, photometric: 0, bitsPerSample: [1], rowsPerStrip: 877, strips: [nth(encoded, i % 9)] }))
  return buildTiff(pages)
}

/** antd puts a test id on the input itself or on its wrapper, depending on the control. */
async function fill(testId: string, value: string, submit = false) {
  const el = dialog().getByTestId(testId).first()
  const input = (await el.evaluate((n) => (n as unknown as { tagName: string }).tagName)) === 'INPUT' ? el : el.locator('input').first()
  await input.fill(value)
  if (submit) await input.press('Enter')
}

async function openDocument(fileName: string) {
  await page.getByTestId('document-open').filter({ hasText: fileName }).click()
  await dialog().getByTestId('viewer').waitFor()
}

async function closeDocument() {
  await dialog().locator('.ant-modal-close').click()
  await dialog().waitFor({ state: 'hidden' })
}

describe('scans that are images: JPEG, PNG and multi-page TIFF', () => {
  it('attaches a JPEG, a PNG and two TIFFs through the browser', async () => {
    await go(`/cases/${caseId}`)
    await page.getByTestId('document-add').waitFor()
    const jpeg = await browserScan('image/jpeg', '现场检查笔录', { width: 900, height: 1270 })
    const png = await browserScan('image/png', '送达回证', { width: 700, height: 990 })
    const tiffJpegPage = await browserScan('image/jpeg', '处罚决定书', { width: 620, height: 877 })
    const files = {
      '现场检查笔录.jpg': jpeg,
      '送达回证.png': png,
      '卷宗扫描件.tif': bureauTiff(tiffJpegPage).bytes,
      '传真卷宗300页.tif': longFaxTiff(),
    }
    const paths = []
    for (const [name, bytes] of Object.entries(files)) {
      await writeFile(join(filesDir, name), bytes)
      paths.push(join(filesDir, name))
    }
    await chooseFiles(page, paths, () => page.getByTestId('document-add').click())
    await expect.poll(() => page.getByTestId('document-open').count(), { timeout: 60_000 }).toBe(4)
    expect(await page.getByTestId('document-open').allInnerTexts()).toEqual(Object.keys(files))
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 30_000 })
    await app.screenshot('images-attached')
  }, 120_000)

  it('opens the JPEG and paints it', async () => {
    await openDocument('现场检查笔录.jpg')
    const image = dialog().locator('[data-testid="viewer-image"][data-rendered="true"]')
    await image.waitFor({ timeout: 30_000 })
    await expect.poll(() => image.evaluate((el) => (el as unknown as { complete: boolean; naturalWidth: number }).complete && (el as unknown as { naturalWidth: number }).naturalWidth), { timeout: 30_000 }).toBe(900)
    const painted = await inkOf(image)
    expect(painted.ink).toBeGreaterThan(5000)
    expect(painted.coloured).toBeGreaterThan(500) // the seal
    expect(await dialog().getByTestId('viewer').getAttribute('data-page-count')).toBe('1')
    await app.screenshot('viewer-jpeg')
    await closeDocument()
  }, 60_000)

  it('opens the PNG', async () => {
    await openDocument('送达回证.png')
    const image = dialog().locator('[data-testid="viewer-image"][data-rendered="true"]')
    await image.waitFor({ timeout: 30_000 })
    await expect.poll(() => image.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth), { timeout: 30_000 }).toBe(700)
    expect((await inkOf(image)).ink).toBeGreaterThan(3000)
    await app.screenshot('viewer-png')
    await closeDocument()
  }, 60_000)

  it('opens the multi-page TIFF with every page, each painted at its own size', async () => {
    await openDocument('卷宗扫描件.tif')
    const viewer = dialog().getByTestId('viewer')
    await expect.poll(() => viewer.getAttribute('data-page-count'), { timeout: 30_000 }).toBe('7')
    await expect.poll(() => viewer.getAttribute('data-ready'), { timeout: 30_000 }).toBe('true')
    const first = await inkOf(currentCanvas(1))
    expect(first.ink).toBeGreaterThan(5000)
    expect(first.height).toBeGreaterThan(first.width) // portrait
    await app.screenshot('viewer-tiff')
    // Next page: LZW grey.
    await dialog().getByTestId('viewer-next').click()
    await expect.poll(() => viewer.getAttribute('data-page'), { timeout: 30_000 }).toBe('2')
    expect((await inkOf(currentCanvas(2))).ink).toBeGreaterThan(5000)
    // The fold-out is landscape, in colour; the Deflate and JPEG pages paint too.
    await fill('viewer-page-input', '4', true)
    const foldOut = await inkOf(currentCanvas(4))
    expect(foldOut.width).toBeGreaterThan(foldOut.height)
    expect(foldOut.coloured).toBeGreaterThan(200)
    for (const n of [5, 6]) {
      await dialog().getByTestId('viewer-next').click()
      expect((await inkOf(currentCanvas(n))).ink).toBeGreaterThan(3000)
    }
    expect((await inkOf(currentCanvas(6))).coloured).toBeGreaterThan(200) // the JPEG page's seal
    await app.screenshot('viewer-tiff-jpeg-page')
  }, 90_000)

  it('says plainly which page it cannot decode, and the others still work', async () => {
    await dialog().getByTestId('viewer-next').click()
    const error = pageSlot(7).getByTestId('viewer-page-error')
    await error.waitFor({ timeout: 30_000 })
    expect(await error.innerText()).toContain('JPEG 2000')
    expect(await error.innerText()).toContain('第 7 页无法显示')
    await error.scrollIntoViewIfNeeded()
    await app.screenshot('viewer-tiff-unsupported-page')
    await dialog().getByTestId('viewer-prev').click()
    await currentCanvas(6).waitFor({ timeout: 30_000 })
  }, 60_000)

  it('shows thumbnails of the TIFF’s pages, tags a range in the 卷内目录, and says find has no text to search', async () => {
    await dialog().getByTestId('viewer-thumbnails').click()
    await dialog().locator('[data-testid="thumbnail-1"] canvas[data-rendered="true"]').waitFor({ timeout: 30_000 })
    await dialog().getByTestId('thumbnail-3').click()
    await currentCanvas(3).waitFor({ timeout: 30_000 })
    await app.screenshot('viewer-tiff-thumbnails')
    await dialog().getByTestId('viewer-outline').click()
    await fill('tag-first', '1')
    await fill('tag-last', '3')
    await fill('tag-type', '询问笔录')
    await dialog().getByTestId('tag-add').click()
    await dialog().locator('[data-testid="outline-entry"][data-first-page="1"]').waitFor()
    await dialog().getByTestId('viewer-find').click()
    await dialog().getByTestId('find-no-text').waitFor({ timeout: 30_000 })
    await app.screenshot('viewer-tiff-find')
    await dialog().getByTestId('find-close').click()
  }, 60_000)

  it('keeps a turned TIFF page turned after a reload, drawn at the page’s own size', async () => {
    await fill('viewer-page-input', '4', true)
    await currentCanvas(4).waitFor({ timeout: 30_000 })
    await dialog().getByTestId('viewer-rotate').click()
    await expect.poll(() => pageSlot(4).getAttribute('data-rotation'), { timeout: 30_000 }).toBe('90')
    // The landscape fold-out turned a quarter stands upright; its neighbours do not turn.
    await expect.poll(async () => (await inkOf(currentCanvas(4))).height > (await inkOf(currentCanvas(4))).width, { timeout: 30_000 }).toBe(true)
    expect(await pageSlot(3).getAttribute('data-rotation')).toBe('0')
    await app.screenshot('viewer-tiff-rotated')
    await closeDocument()
    await app.reload()
    await page.getByTestId('document-open').first().waitFor({ timeout: 30_000 })
    await openDocument('卷宗扫描件.tif')
    await expect.poll(() => pageSlot(4).getAttribute('data-rotation'), { timeout: 30_000 }).toBe('90')
    const slot = await pageSlot(4).boundingBox()
    expect(slot!.height).toBeGreaterThan(slot!.width)
    await closeDocument()
  }, 90_000)

  it('reads a 300-page fax TIFF end to end holding only the pages near the screen', async () => {
    await openDocument('传真卷宗300页.tif')
    const viewer = dialog().getByTestId('viewer')
    await expect.poll(() => viewer.getAttribute('data-page-count'), { timeout: 30_000 }).toBe('300')
    await currentCanvas().waitFor({ timeout: 30_000 })
    await dialog().getByTestId('viewer-thumbnails').click()
    // Skim through the whole file as a reviewer holding the scroll bar would.
    const scroller = dialog().getByTestId('viewer-scroll')
    for (let step = 1; step <= 30; step++) {
      await scroller.evaluate((el, s) => ((el as unknown as { scrollTop: number; scrollHeight: number }).scrollTop = ((el as unknown as { scrollHeight: number }).scrollHeight * s) / 30), step)
      await page.evaluate(() => new Promise((resolve) => (globalThis as unknown as { requestAnimationFrame(cb: () => void): void }).requestAnimationFrame(() => resolve(null))))
    }
    await expect.poll(() => viewer.getAttribute('data-page'), { timeout: 30_000 }).toBe('300')
    expect((await inkOf(currentCanvas(300))).ink).toBeGreaterThan(5000)
    // Every canvas still holding pixels: the pages on screen ± 2 and the thumbnails in view ± 3.
    type CanvasEl = { width: number; height: number; dataset: { testid?: string } }
    const live = await dialog().evaluate((el) =>
      [...(el as unknown as { querySelectorAll(s: string): Iterable<CanvasEl> }).querySelectorAll('canvas')].filter((c) => c.width * c.height > 0).map((c) => c.dataset.testid ?? ''),
    )
    const pages = live.filter((id) => id.startsWith('viewer-canvas'))
    const thumbs = live.filter((id) => id === 'thumbnail-canvas')
    expect(pages.length).toBeGreaterThan(0)
    expect(pages.length).toBeLessThanOrEqual(6)
    expect(thumbs.length).toBeLessThanOrEqual(16)
    await app.screenshot('viewer-tiff-300-pages')
    await closeDocument()
  }, 120_000)
})
