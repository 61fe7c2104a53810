import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'

// Draws build/icon.png and build/icon.ico (the installers' icons) with Chromium, so the icon
// is text and CSS rather than a binary without a source. Dev-time only: npx tsx scripts/packaging/make-icons.ts

const SIZES = [16, 24, 32, 48, 64, 128, 256] as const

function iconHtml(size: number): string {
  const radius = Math.round(size * 0.18)
  return `<html><body style="margin:0;background:transparent">
  <div style="width:${size}px;height:${size}px;border-radius:${radius}px;background:linear-gradient(160deg,#2f7cf6,#0b4fc2);
    display:flex;align-items:center;justify-content:center;color:#fff;
    font:700 ${Math.round(size * 0.62)}px 'Noto Sans CJK SC','Microsoft YaHei',sans-serif;line-height:1">评</div></body></html>`
}

/** An ICO whose entries are PNG images (read by Windows Vista and later). */
function ico(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(pngs.length, 4)
  let offset = header.length
  pngs.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i
    header.writeUInt8(size >= 256 ? 0 : size, at)
    header.writeUInt8(size >= 256 ? 0 : size, at + 1)
    header.writeUInt16LE(1, at + 4)
    header.writeUInt16LE(32, at + 6)
    header.writeUInt32LE(data.length, at + 8)
    header.writeUInt32LE(offset, at + 12)
    offset += data.length
  })
  return Buffer.concat([header, ...pngs.map((p) => p.data)])
}

async function main() {
  const out = resolve(__dirname, '..', '..', 'build')
  mkdirSync(out, { recursive: true })
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage()
    const shot = async (size: number) => {
      await page.setViewportSize({ width: size, height: size })
      await page.setContent(iconHtml(size))
      return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
    }
    writeFileSync(join(out, 'icon.png'), await shot(512))
    const pngs = []
    for (const size of SIZES) pngs.push({ size, data: await shot(size) })
    writeFileSync(join(out, 'icon.ico'), ico(pngs))
  } finally {
    await browser.close()
  }
}

void main()
