import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chooseFiles, useRunningApp, type RunningApp } from './harness'
import { goTo, pick, startEmpty } from './steps/people'

let app: RunningApp
let page: Page
useRunningApp((r) => {
  app = r
  page = r.page
}, 'smoke-')

async function fillDate(page: Page, testId: string, iso: string) {
  const input = page.getByTestId(testId).locator('xpath=self::input | .//input').first()
  await input.click()
  await input.fill(iso)
  await input.press('Enter')
}

describe('smoke', () => {
  it('av records', async () => {
    await startEmpty(page, { reviewerName: '周萍', withDefaultSquads: true })
    await page.getByTestId('nav-avRecords').click()
    await page.getByTestId('av-new').waitFor()
    await page.getByTestId('av-new').click()
    await page.getByTestId('av-field-recordNumber').fill('DSJ-001')
    await fillDate(page, 'av-field-recordedOn', '2024-03-05')
    await pick(page, page.getByTestId('av-field-squad'), '中队')
    await page.getByTestId('av-field-caseNumber').fill('某城管罚〔2024〕1号')
    await page.getByTestId('av-field-duration').fill('75:00')
    await page.getByTestId('av-form-submit').click()
    await page.getByTestId('av-row').first().waitFor()
    await app.screenshot('smoke-av-list')
    // A webm made by the browser itself, playable; and an mp4 header with nothing in it.
    const webm = await page.evaluate(async () => {
      const c = document.createElement('canvas'); c.width = 160; c.height = 120
      const g = c.getContext('2d')!
      const rec = new MediaRecorder(c.captureStream(10), { mimeType: 'video/webm' })
      const chunks: Blob[] = []
      rec.ondataavailable = (e) => chunks.push(e.data)
      rec.start()
      for (let i = 0; i < 10; i++) { g.fillStyle = `hsl(${i * 36},80%,50%)`; g.fillRect(0, 0, 160, 120); await new Promise((r) => setTimeout(r, 100)) }
      rec.stop()
      await new Promise((r) => (rec.onstop = r))
      return [...new Uint8Array(await new Blob(chunks).arrayBuffer())]
    })
    const good = join(tmpdir(), 'smoke-good.webm')
    writeFileSync(good, Buffer.from(webm))
    await chooseFiles(page, good, () => page.getByTestId('av-attach').click())
    await page.getByTestId('av-play').waitFor()
    await page.getByTestId('av-play').click()
    await page.getByTestId('av-video').waitFor()
    await page.waitForTimeout(1500)
    console.log('unplayable shown (good):', await page.getByTestId('av-unplayable').count())
    await app.screenshot('smoke-av-play-good')
    await page.keyboard.press('Escape')
    const bad = join(tmpdir(), 'smoke-bad.mp4')
    const b = Buffer.alloc(4096); b.write('\0\0\0\x20ftypisom', 0, 'latin1'); writeFileSync(bad, b)
    await page.waitForTimeout(500)
    await chooseFiles(page, bad, () => page.getByTestId('av-attach').click())
    await page.waitForTimeout(1500)
    await page.getByTestId('av-play').click()
    await page.getByTestId('av-unplayable').waitFor()
    await app.screenshot('smoke-av-play-bad')
    console.log(await page.getByTestId('av-unplayable').innerText())
    await page.keyboard.press('Escape')
    await page.waitForTimeout(500)
    await page.getByTestId('av-edit').click()
    await page.getByTestId('av-form').waitFor()
    await app.screenshot('smoke-av-form')
    console.log('duration', await page.getByTestId('av-field-duration').inputValue())
    await page.keyboard.press('Escape')
  }, 120_000)

  it('complaints', async () => {
    await page.getByTestId('nav-complaints').click()
    await page.getByTestId('complaint-new').waitFor()
    for (const [n, d] of [['A1', '2024-01-02'], ['A2', '2024-02-02'], ['A3', '2024-03-02']]) {
      await page.getByTestId('complaint-new').click()
      await page.getByTestId('complaint-field-ticketNumber').fill(n)
      await fillDate(page, 'complaint-field-receivedOn', d)
      await page.getByTestId('complaint-field-subject').fill('夜间施工噪音扰民')
      await page.getByTestId('complaint-field-address').fill('夏阳街道 1 号')
      await pick(page, page.getByTestId('complaint-field-squad'), '中队')
      await page.getByTestId('complaint-field-result').fill('经现场核查，已责令施工单位停止夜间施工，并对其进行批评教育。'.repeat(3))
      await page.getByTestId('complaint-form-submit').click()
      await page.getByTestId('complaint-form').waitFor({ state: 'detached' })
    }
    await page.waitForTimeout(800)
    console.log(await page.getByTestId('complaint-summary').innerText())
    await page.getByTestId('complaint-repeat').first().hover()
    await page.waitForTimeout(500)
    await app.screenshot('smoke-complaints')
    await page.getByTestId('repeat-rule-open').click()
    await page.getByTestId('repeat-rule-form').waitFor()
    await app.screenshot('smoke-rule')
    await page.getByTestId('repeat-rule-count').fill('4')
    await page.getByTestId('repeat-rule-save').click()
    await page.waitForTimeout(800)
    console.log(await page.getByTestId('complaint-summary').innerText())
    await goTo(page, '/complaints')
    await page.getByTestId('complaint-edit').first().click()
    await page.getByTestId('complaint-form').waitFor()
    await app.screenshot('smoke-complaint-form')
    expect(1).toBe(1)
  }, 120_000)
})
