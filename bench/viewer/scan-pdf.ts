import { existsSync } from 'node:fs'
import { mkdir, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import type { Browser } from 'playwright-core'
import type { ScanMakerPage } from './protocol'
import { nth } from '../../tests/support/defined'

/** Bump when the page drawing or the PDF layout changes, so a cached file is not reused. */
const SCAN_VERSION = 2
export const SCAN_PAGES = 300
/** Distinct page images: each takes ~0.5 s to draw and encode; every page still gets its own image object. */
const DISTINCT_IMAGES = 20
const A4 = { width: 595.28, height: 841.89 }

export interface ScanPdf {
  path: string
  bytes: number
  pages: number
  generatedSeconds: number | null
}

/**
 * A 300-page scan as a scanner writes it: one 200-dpi JPEG per A4 page, every page its own image
 * XObject. Cached under bench/results/ by version, so reruns skip the minute it takes.
 */
export async function scanPdf(browser: Browser, scanPageUrl: string, dir: string): Promise<ScanPdf> {
  const path = join(dir, `viewer-scan-${SCAN_PAGES}p-v${SCAN_VERSION}.pdf`)
  if (existsSync(path)) return { path, bytes: (await stat(path)).size, pages: SCAN_PAGES, generatedSeconds: null }
  const t0 = performance.now()
  const page = await browser.newPage()
  await page.goto(scanPageUrl)
  await page.waitForFunction(() => 'makeScanPage' in globalThis)
  const images: Uint8Array[] = []
  for (let seed = 1; seed <= DISTINCT_IMAGES; seed++) {
    const base64 = await page.evaluate((s) => (globalThis as unknown as ScanMakerPage).makeScanPage(s), seed)
    images.push(Buffer.from(base64, 'base64'))
  }
  await page.close()
  const pdf = await PDFDocument.create()
  pdf.setProducer('Case File Review Desk bench (scanner-like output)')
  for (let i = 0; i < SCAN_PAGES; i++) {
    const image = await pdf.embedJpg(nth(images, i % DISTINCT_IMAGES))
    const p = pdf.addPage([A4.width, A4.height])
    p.drawImage(image, { x: 0, y: 0, width: A4.width, height: A4.height })
  }
  // A classic xref table at the end, as most scanners write (no object streams, not linearized).
  const bytes = await pdf.save({ useObjectStreams: false })
  await mkdir(dir, { recursive: true })
  await writeFile(`${path}.part`, bytes)
  await rename(`${path}.part`, path)
  return { path, bytes: bytes.length, pages: SCAN_PAGES, generatedSeconds: (performance.now() - t0) / 1000 }
}
