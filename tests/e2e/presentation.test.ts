import { execFile } from 'node:child_process'
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Rubric } from '../../shared/domain/rubric'
import { ARTIFACTS_DIR } from '../support/paths'
import { openTestWorkspace, type TestWorkspace } from '../support/workspace'
import { launchApp, keepFailureScreens, type RunningApp } from './harness'
import { goTo, pick } from './steps/people'
import { DEMO } from './steps/auth'
import { nth } from '../support/defined'

const run = promisify(execFile)
const MONTHLY = '2023年12月案卷月度抽查'
const UNIT = '青浦区城市管理行政执法局执法监督科'
let app: RunningApp
let page: Page
let dataDir: string
let parties: string[] = []
let officers: string[] = []
const typical: { caseNumber: string; party: string }[] = []
let bulletinText = ''

/** Every item of a rubric with the points of its first deduction option, in rubric order. */
function deductibleItems(rubric: Rubric) {
  return rubric.sections.flatMap((s) => s.items.map((i) => ({ itemId: i.id, option: nth(i.deductions, 0) }))).map(({ itemId, option }) => ({ itemId, optionId: option.id, points: 'points' in option ? option.points : option.min }))
}

/**
 * The demo with its monthly spot check scored through the services: every case with two or three
 * deductions (some items recurring), one veto, two findings marked typical, a bulletin draft saved
 * with its 整改要求 and the issuing unit set.
 */
async function prepareWorkspace(ws: TestWorkspace) {
  await ws.call('workspace.loadDemo', {})
  const db = ws.app.ctx.db
  const campaign = (await ws.call('campaigns.list', {})).find((c) => c.name === MONTHLY)!
  const assignments = await db.selectFrom('assignments').select(['id', 'caseId']).where('campaignId', '=', campaign.id).where('caseId', 'is not', null).$narrowType<{ caseId: number }>().orderBy('position').execute()
  const scored: { evaluationId: number; deductionId: number; caseId: number; rubricId: number }[] = []
  for (const [k, a] of assignments.entries()) {
    const evaluation = await ws.call('evaluations.open', { assignmentId: a.id })
    const rubric = (await ws.call('rubrics.get', { id: evaluation.rubricId })).body
    const items = deductibleItems(rubric)
    const doc = await db.selectFrom('documents').select('id').where('caseId', '=', a.caseId).executeTakeFirstOrThrow()
    const c = await db.selectFrom('cases').select(['party']).where('id', '=', a.caseId).executeTakeFirstOrThrow()
    let state = evaluation
    for (const [j, pick] of [nth(items, 1), nth(items, 4 + (k % 3)), nth(items, (7 + k) % items.length)].slice(0, 2 + (k % 2)).entries()) {
      state = await ws.call('evaluations.addDeduction', {
        evaluationId: evaluation.id,
        ...pick,
        reason: j === 0 ? `当事人${c.party}的询问笔录未逐页签名` : '文书填写不完整',
        documentId: doc.id,
        page: 1 + j,
        rect: j === 0 ? { x: 0.08, y: 0.1, w: 0.84, h: 0.3 } : null,
      })
    }
    if (k === 1) state = await ws.call('evaluations.setVeto', { evaluationId: evaluation.id, vetoId: nth(rubric.vetoes, 2).id, on: true, reason: '主要证据不足以认定违法事实', documentId: doc.id, page: 2 })
    await ws.call('evaluations.submit', { evaluationId: evaluation.id })
    scored.push({ evaluationId: evaluation.id, deductionId: nth(state.deductions, 0).id, caseId: a.caseId, rubricId: evaluation.rubricId })
  }
  // The first case's deduction and the second case's veto are the meeting's typical cases.
  await ws.call('typical.mark', { target: { type: 'deduction', deductionId: nth(scored, 0).deductionId }, kind: 'bad', note: '签名缺失是本月最常见的问题' })
  const vetoed = nth((await ws.call('evaluations.open', { assignmentId: nth(assignments, 1).id })).vetoes, 0)
  await ws.call('typical.mark', { target: { type: 'veto', evaluationId: nth(scored, 1).evaluationId, vetoId: vetoed.vetoId }, kind: 'bad', note: '' })
  for (const s of scored.slice(0, 2)) {
    const c = await db.selectFrom('cases').select(['caseNumber', 'party']).where('id', '=', s.caseId).executeTakeFirstOrThrow()
    typical.push(c)
  }

  await ws.call('bulletin.setSettings', { issuingUnit: UNIT, redHeader: false, issuingBody: '', docNumberPattern: '' })
  const scope = { kind: 'campaign' as const, campaignId: campaign.id }
  const draft = await ws.call('bulletin.draft', scope)
  const officer = await db.selectFrom('caseOfficers as co').innerJoin('officers as o', 'o.id', 'co.officerId').select('o.name').where('co.caseId', '=', nth(scored, 0).caseId).executeTakeFirstOrThrow()
  const squads = draft.content.rectification.squads
  expect(squads.length).toBeGreaterThan(0)
  bulletinText = `${officer.name}等承办的案件询问笔录签名不全，须逐卷补正并组织一次文书制作培训。`
  squads[0] = { ...nth(squads, 0), text: bulletinText }
  await ws.call('bulletin.save', { scope, content: { ...draft.content, rectification: { ...draft.content.rectification, squads } } })

  parties = (await db.selectFrom('cases').select('party').execute()).map((r) => r.party)
  officers = (await db.selectFrom('officers').select('name').execute()).map((r) => r.name)
}

beforeAll(async () => {
  const ws = await openTestWorkspace({ signedIn: false })
  dataDir = ws.dir
  await prepareWorkspace(ws)
  await ws.app.close()
  app = await launchApp({ dataDir, account: { login: DEMO.lead, password: DEMO.password } })
  page = app.page
}, 420_000)
afterAll(async () => {
  await app?.close()
  await rm(dataDir, { recursive: true, force: true })
})
keepFailureScreens(() => app)

const hash = () => page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash)
const inFullscreen = () => page.evaluate(() => (globalThis as unknown as { document: { fullscreenElement: unknown } }).document.fullscreenElement !== null)
const deck = () => page.getByTestId('presentation')
const slide = () => deck().getByTestId('slide')
const index = async () => Number(await deck().getAttribute('data-index'))
/** The slide once its charts are drawn and its evidence crop is cut. */
async function settled() {
  await slide().waitFor()
  await expect.poll(() => page.locator('[data-chart-drawn="false"], [data-crop-ready="false"]').count(), { timeout: 30_000 }).toBe(0)
  await page.waitForTimeout(200)
}

async function openPresentation() {
  await goTo(page, '/reports')
  await page.getByTestId('reports-page').waitFor()
  await pick(page, page.getByTestId('stats-campaign'), MONTHLY)
  await expect.poll(() => page.getByTestId('stats-scope').innerText()).toContain(MONTHLY)
  await page.getByTestId('present').click()
  await slide().waitFor({ timeout: 30_000 })
}

let total = 0
const kinds: string[] = []

describe('投屏讲评 on the demo workspace', () => {
  it('enters from 统计与讲评 full screen, on the title slide of the campaign', async () => {
    await page.setViewportSize({ width: 1600, height: 900 })
    await openPresentation()
    expect(await hash()).toMatch(/^#\/present\?scope=campaign:\d+$/)
    await expect.poll(inFullscreen).toBe(true)
    total = Number(await deck().getAttribute('data-total'))
    expect(await slide().getAttribute('data-kind')).toBe('title')
    expect(await page.getByTestId('slide-scope').innerText()).toBe(MONTHLY)
    expect(await page.getByTestId('slide-unit').innerText()).toBe(UNIT)
    expect(await slide().getByTestId('slide-counter').innerText()).toBe(`1 / ${total}`)
  }, 120_000)

  it('moves through every slide with the keyboard, a picture of each', async () => {
    const keys = ['ArrowRight', 'PageDown', ' ', 'ArrowDown']
    for (let i = 0; i < total; i++) {
      await settled()
      expect(await index()).toBe(i)
      expect(await slide().getByTestId('slide-counter').innerText()).toBe(`${i + 1} / ${total}`)
      kinds.push((await slide().getAttribute('data-kind'))!)
      await app.screenshot(`slides-${String(i + 1).padStart(2, '0')}-${kinds[i]}`)
      if (i < total - 1) await page.keyboard.press(nth(keys, i % keys.length))
    }
    expect(kinds[0]).toBe('title')
    expect(kinds.at(-1)).toBe('closing')
    for (const k of ['headline', 'squads', 'problems', 'rectification']) expect(kinds).toContain(k)
    expect(kinds.filter((k) => k === 'typical')).toHaveLength(2)
    // At the end the next key stays; back, first and last.
    await page.keyboard.press('ArrowRight')
    expect(await index()).toBe(total - 1)
    await page.keyboard.press('PageUp')
    expect(await index()).toBe(total - 2)
    await page.keyboard.press('ArrowLeft')
    expect(await index()).toBe(total - 3)
    await page.keyboard.press('Home')
    expect(await index()).toBe(0)
    await page.keyboard.press('End')
    expect(await index()).toBe(total - 1)
  }, 180_000)

  it('shows each typical case with its evidence crop and the rubric item, names in full', async () => {
    await page.keyboard.press('Home')
    const first = kinds.indexOf('typical')
    for (let i = 0; i < first; i++) await page.keyboard.press('ArrowRight')
    for (const [n, c] of typical.entries()) {
      await settled()
      expect(await page.getByTestId('slide-case-number').innerText()).toBe(c.caseNumber)
      expect(await page.getByTestId('slide-party').innerText()).toBe(c.party)
      expect(await page.getByTestId('slide-item').innerText()).toMatch(n === 0 ? /评查要点 S\d+\.\d+/ : /否决项 V\d+/)
      expect(await page.getByTestId('evidence-crop').getAttribute('data-crop-state')).toBe('drawn')
      const crop = (await page.getByTestId('evidence-crop').boundingBox())!
      // Enlarged: the crop takes over half the slide's width, or (a whole page) most of its height.
      expect(crop.width > 1600 * 0.5 || crop.height > 900 * 0.6).toBe(true)
      await page.keyboard.press('ArrowRight')
    }
    // The saved bulletin's 整改要求 is the one shown, with its officer's name.
    await page.keyboard.press('Home')
    for (let i = 0; i < kinds.indexOf('rectification'); i++) await page.keyboard.press('ArrowRight')
    await settled()
    expect(await slide().getAttribute('data-kind')).toBe('rectification')
    expect(await slide().innerText()).toContain(bulletinText)
  }, 60_000)

  it('masks every party and officer name when asked, on every slide', async () => {
    await page.keyboard.press('Home')
    await page.getByTestId('deck-mask').click()
    expect(await deck().getAttribute('data-masked')).toBe('1')
    await page.mouse.move(4, 4)
    for (let i = 0; i < total; i++) {
      await settled()
      const text = await slide().innerText()
      for (const name of [...parties, ...officers]) expect(text, `slide ${i + 1} shows ${name}`).not.toContain(name)
      if (kinds[i] === 'typical') {
        expect(await page.getByTestId('slide-party').innerText()).toMatch(/\*\*/)
        // The scan beside it may print the party's name: outside the marked region it is a mosaic.
        expect(await slide().locator('figure').getAttribute('data-obscured')).toBe('1')
        await app.screenshot(`slides-masked-${String(i + 1).padStart(2, '0')}-typical`)
      }
      if (kinds[i] === 'rectification') await app.screenshot(`slides-masked-${String(i + 1).padStart(2, '0')}-rectification`)
      await page.keyboard.press('ArrowRight')
    }
    // The switch is also the M key.
    await page.keyboard.press('m')
    expect(await deck().getAttribute('data-masked')).toBe('0')
  }, 120_000)

  it('leaves with Esc: out of full screen, back on 统计与讲评 for the same campaign', async () => {
    await page.keyboard.press('Escape')
    await page.getByTestId('reports-page').waitFor()
    expect(await hash()).toMatch(/^#\/reports\?scope=campaign:\d+$/)
    await expect.poll(inFullscreen).toBe(false)
    await expect.poll(() => page.getByTestId('stats-scope').innerText()).toContain(MONTHLY)
  }, 30_000)

  it('speaks English when the UI does', async () => {
    await page.getByTestId('lang-switch').click()
    // Away from the switch, so its tooltip does not lie over the button.
    await page.mouse.move(700, 600)
    await expect.poll(() => page.getByTestId('present').innerText()).toBe('Present')
    await page.locator('.ant-tooltip:visible').waitFor({ state: 'detached', timeout: 5_000 }).catch(() => {})
    await page.getByTestId('present').click()
    await slide().waitFor()
    expect(await page.getByTestId('slide-title').innerText()).toBe('Case quality review meeting')
    await page.keyboard.press('ArrowRight')
    await settled()
    expect(await page.getByTestId('slide-title').innerText()).toBe('Overview')
    await app.screenshot('slides-en-02-headline')
    for (let i = 1; i < kinds.indexOf('typical'); i++) await page.keyboard.press('ArrowRight')
    await settled()
    expect(await page.getByTestId('slide-item').innerText()).toMatch(/^Rubric item S\d+\.\d+/)
    await app.screenshot('slides-en-typical')
    await page.keyboard.press('Escape')
    await page.getByTestId('reports-page').waitFor()
    await page.getByTestId('lang-switch').click()
    await page.mouse.move(700, 600)
    await expect.poll(() => page.getByTestId('present').innerText()).toBe('投屏讲评')
  }, 60_000)

  it('prints the same slides, masked, one per landscape A4 page', async () => {
    await openPresentation()
    await page.keyboard.press('m')
    await page.getByTestId('deck-pdf').click()
    await page.getByTestId('print-preview').waitFor()
    await page.waitForSelector('body[data-print-ready="1"]', { timeout: 60_000 })
    expect(await page.getByTestId('slide-print-page').count()).toBe(total)
    await app.screenshot('slides-print-preview')
    const pdf = await page.pdf({ format: 'A4', landscape: true })
    const dir = join(ARTIFACTS_DIR, 'slides-pdf')
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, 'slides.pdf'), pdf)
    await run('pdftoppm', ['-r', '60', '-png', join(dir, 'slides.pdf'), join(dir, 'page')])
    expect((await readdir(dir)).filter((f) => f.endsWith('.png'))).toHaveLength(total)
    const { stdout } = await run('pdftotext', ['-layout', join(dir, 'slides.pdf'), '-'])
    expect(stdout).toContain('执法办案质量讲评')
    expect(stdout).toContain(UNIT)
    for (const name of parties) expect(stdout).not.toContain(name)
  }, 120_000)

  it('presents a period by its address too: this year, named as such', async () => {
    const year = new Date().getFullYear()
    await goTo(page, `/present?scope=year:${year}:1`)
    await slide().waitFor()
    expect(await page.getByTestId('slide-scope').innerText()).toBe(`${year}年度`)
    expect(Number(await deck().getAttribute('data-total'))).toBe(total)
    await goTo(page, '/present?scope=month:2023:13')
    await expect.poll(() => deck().innerText()).toContain('地址中没有可讲评的统计范围')
    await page.setViewportSize({ width: 1440, height: 900 })
  }, 60_000)
})
