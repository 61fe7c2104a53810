import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { PDFDocument } from 'pdf-lib'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/backend/services/backend'
import { ARTIFACTS_DIR, RESOURCES_DIR } from '../support/paths'
import { launchApp, keepFailureScreens, type RunningApp } from './harness'
import { goTo } from './steps/people'
import { nth, take } from '../support/defined'
import { newCaller } from '../../electron/backend/services/auth/caller'
import { DEMO } from './steps/auth'

const run = promisify(execFile)
const MONTHLY = '2023年12月案卷月度抽查'
const DOUBLE = '2023年10月结案案卷专项评查'
const SHOTS = join(ARTIFACTS_DIR, 'sheets')

let app: RunningApp
let page: Page
let dataDir: string
/** What the workspace was given before the app started, to find again on paper. */
const prepared = { monthlyId: 0, doubleId: 0, scoredCase: { id: 0, caseNumber: '', reason: '' }, caseCount: 0, doubleCases: [] as string[] }

type Call = (method: string, input: unknown) => Promise<never>
type RubricItems = { sections: { items: { id: string }[] }[] }

/** The id of item `i` of section `s`. */
const item = (rubric: RubricItems, s: number, i: number) => nth(nth(rubric.sections, s).items, i).id

/** Scores one assignment as the named reviewer through the contract, as the review screen does. */
/** The demo's accounts by reviewer: login = name, one password. */
const demoLogins = new Map<number, string>()
const signInAs = (call: Call, reviewerId: number) => call('auth.signIn', { login: demoLogins.get(reviewerId), password: DEMO.password })

async function score(call: Call, reviewerId: number, assignmentId: number, work: (evaluationId: number, rubric: { sections: { items: { id: string }[] }[] }) => Promise<void>, submit = true) {
  await signInAs(call, reviewerId)
  const e: { id: number; rubricId: number } = await call('evaluations.open', { assignmentId })
  const rubric: { body: { sections: { items: { id: string }[] }[] } } = await call('rubrics.get', { id: e.rubricId })
  await work(e.id, rubric.body)
  if (submit) await call('evaluations.submit', { evaluationId: e.id })
}

/**
 * The demo workspace, with work done as reviewers would have done it: in December's spot check one
 * case submitted (a deduction pinned to a box on its scan, one taken in the rubric's words, an item
 * not applicable) and one in review with a veto; a blind double review of two October cases, one
 * agreed and one the lead ruled on.
 */
async function prepareWorkspace(dir: string) {
  const services = await openBackend({ dataDir: dir, resourcesDir: RESOURCES_DIR })
  const caller = newCaller()
  const call: Call = async (method, input) => {
    const r = await services.dispatch(method, input, caller)
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
    return r.value as never
  }
  await call('workspace.loadDemo', {})
  const reviewers: { id: number; name: string; role: string }[] = await call('people.reviewers', {})
  for (const r of reviewers) demoLogins.set(r.id, r.name)
  const [lead, first, second] = take(['王敏', '李强', '陈静'].map((n) => reviewers.find((r) => r.name === n)!), 3)
  const campaigns: { id: number; name: string; rubricId: number }[] = await call('campaigns.list', {})
  const monthly = campaigns.find((c) => c.name === MONTHLY)!
  const detail: { caseCount: number; assignments: { assignmentId: number; case: { id: number; caseNumber: string } }[] } = await call('campaigns.get', { id: monthly.id })
  const [a, b] = take(detail.assignments, 2)
  const documents: { id: number; pageCount: number }[] = await call('documents.list', { caseId: a.case.id })
  const reason = '送达回证无受送达人签名'
  await score(call, lead.id, a.assignmentId, async (evaluationId, rubric) => {
    const items = rubric.sections.flatMap((s) => s.items)
    await call('evaluations.addDeduction', { evaluationId, itemId: items.at(-1)!.id, points: 1, reason, documentId: nth(documents, 0).id, page: 2, rect: { x: 0.08, y: 0.1, w: 0.84, h: 0.3 } })
    await call('evaluations.addDeduction', { evaluationId, itemId: nth(items, 0).id, points: 0.5, reason: '' })
  })
  await score(
    call,
    lead.id,
    b.assignmentId,
    async (evaluationId, rubric) => {
      await call('evaluations.addDeduction', { evaluationId, itemId: item(rubric, 1, 0), points: 1, reason: '询问笔录未告知陈述申辩权利' })
      await call('evaluations.setVeto', { evaluationId, vetoId: 'V4', on: true, reason: '违法事实证据不足' })
    },
    false,
  )

  const created: { id: number } = await call('campaigns.create', {
    name: DOUBLE,
    kind: 'special',
    startsOn: '2023-11-01',
    endsOn: '2023-11-30',
    rubricId: monthly.rubricId,
    doubleReview: true,
    tolerance: 3,
    population: { from: '2023-10-01', to: '2023-10-31', procedures: ['ordinary'] },
    sampling: { method: 'simple', size: { kind: 'count', count: 2 }, alwaysInclude: { major: false, complaint: false }, seed: 20231101 },
  })
  await call('campaigns.assign', { campaignId: created.id, reviewerIds: [first.id, second.id] })
  await call('campaigns.start', { campaignId: created.id })
  const double: { assignments: { assignmentId: number; round: number; reviewerId: number; case: { id: number; caseNumber: string } }[] } = await call('campaigns.get', { id: created.id })
  const caseIds = [...new Set(double.assignments.map((x) => x.case.id))]
  const roundOf = (caseId: number, round: number) => double.assignments.find((x) => x.case.id === caseId && x.round === round)!
  // Agreed: 1 point apart.
  for (const [round, points] of [
    [1, 2],
    [2, 3],
  ] as const) {
    const x = roundOf(nth(caseIds, 0), round)
    await score(call, x.reviewerId, x.assignmentId, async (id, rubric) => void (await call('evaluations.addDeduction', { evaluationId: id, itemId: item(rubric, 1, 0), points, reason: `笔录缺少执法人员签名（${points}处）` })))
  }
  // Ruled: 8 points apart on the discretion item; the lead takes 4.
  let discretionItem = ''
  for (const [round, points] of [
    [1, 8],
    [2, 0],
  ] as const) {
    const x = roundOf(nth(caseIds, 1), round)
    await score(call, x.reviewerId, x.assignmentId, async (id, rubric) => {
      discretionItem = item(rubric, 2, 1)
      if (points) await call('evaluations.addDeduction', { evaluationId: id, itemId: discretionItem, points, reason: '裁量阶次与违法情节不符' })
    })
  }
  await signInAs(call, lead.id)
  await call('adjudication.decide', { campaignId: created.id, caseId: nth(caseIds, 1), items: [{ itemId: discretionItem, choice: 'own', points: 4 }], vetoes: [], reason: '情节较轻，部分扣分' })
  prepared.monthlyId = monthly.id
  prepared.doubleId = created.id
  prepared.caseCount = detail.caseCount
  prepared.scoredCase = { id: a.case.id, caseNumber: a.case.caseNumber, reason }
  prepared.doubleCases = caseIds.map((id) => roundOf(id, 1).case.caseNumber)
  await services.close()
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'review-desk-sheets-'))
  await prepareWorkspace(dataDir)
  app = await launchApp({ dataDir, account: { login: DEMO.lead } })
  page = app.page
  await rm(SHOTS, { recursive: true, force: true })
  await mkdir(SHOTS, { recursive: true })
}, 400_000)
afterAll(async () => {
  await app?.close()
  await rm(dataDir, { recursive: true, force: true })
})
keepFailureScreens(() => app)

/** Waits for the print view's ready signal, prints it to A4 and returns the PDF's text page by page. */
async function printed(name: string) {
  await page.locator('body[data-print-ready="1"]').waitFor({ timeout: 120_000 })
  const pdf = join(SHOTS, `${name}.pdf`)
  await page.pdf({ path: pdf, format: 'A4' })
  const pages = (await PDFDocument.load(await readFile(pdf))).getPageCount()
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 << 20 })
  await run('pdftoppm', ['-r', '72', '-png', pdf, join(SHOTS, name)])
  return { pdf, pages, text: stdout.split('\f').slice(0, pages) }
}

describe('案卷评查表 printed from the demo workspace', () => {
  it('prints every case of the monthly spot check, one sheet from the top of a page per case', async () => {
    await goTo(page, `/campaigns/${prepared.monthlyId}`)
    await page.getByTestId('print-sheets').click()
    await page.getByTestId('print-preview').waitFor()
    const { pages, text } = await printed('monthly')
    const sheets = await page.getByTestId('sheet').count()
    expect(sheets).toBe(prepared.caseCount)
    expect(pages).toBeGreaterThanOrEqual(sheets)
    // Each sheet starts on a page of its own: the title heads as many pages as there are cases.
    const starts = text.filter((p) => /案\s*卷\s*评\s*查\s*表/.test(p.split('\n').slice(0, 6).join(' ')))
    expect(starts.length).toBe(sheets)
    expect(starts[0]).toMatch(/第\s*1\s*\/\s*\d+\s*件/)
    // Every rubric item reaches paper (nothing cut off): the signature table closes each sheet.
    expect(text.join('').match(/复核人（组长）/g)?.length).toBe(sheets)
    // Every page of a sheet names its case (the running line over the items).
    const scored = text.filter((p) => p.includes(prepared.scoredCase.caseNumber)).join('')
    expect(scored).toContain(prepared.scoredCase.reason)
    expect(scored).toContain('第2页')
    expect(text.join('')).toContain('评查中，尚未提交：分数为暂计，非最终结果')
    expect(text.join('')).toContain('违法事实证据不足')
    // The crop of the pinned box is drawn on the page, not a message in its place.
    expect(await page.locator('[data-testid="evidence-crop"][data-crop-state="drawn"]').count()).toBe(1)
    await page.getByTestId('sheet').first().scrollIntoViewIfNeeded()
    await app.screenshot('sheets/monthly-preview')
  }, 180_000)

  it('prints the two reviewers and the lead’s ruling of a blind double review', async () => {
    await goTo(page, `/campaigns/${prepared.doubleId}`)
    await page.getByTestId('print-sheets').click()
    const { pages, text } = await printed('double')
    expect(pages).toBeGreaterThanOrEqual(2)
    const all = text.join('')
    for (const caseNumber of prepared.doubleCases) expect(all).toContain(caseNumber)
    expect(all).toContain('两名评查人结论一致，取平均分')
    expect(all).toContain('情节较轻，部分扣分')
    expect(all).toMatch(/评查人（甲）\s+李强/)
    expect(all).toMatch(/评查人（乙）\s+陈静/)
  }, 120_000)

  it('prints one case from the review screen, crop included', async () => {
    await goTo(page, `/cases/${prepared.scoredCase.id}`)
    // The case page offers the sheet of each campaign the case is in.
    expect(await page.getByTestId('case-print-sheet').first().getAttribute('href')).toBe(`#/print/sheets?campaign=${prepared.monthlyId}&case=${prepared.scoredCase.id}`)
    await page.getByTestId('open-review').first().click()
    await page.getByTestId('review').waitFor()
    await page.getByTestId('review-print-sheet').click()
    await page.getByTestId('print-preview').waitFor()
    const { pages, text } = await printed('one-case')
    expect(await page.getByTestId('sheet').count()).toBe(1)
    expect(pages).toBeGreaterThanOrEqual(1)
    expect(text[0]).toContain(prepared.scoredCase.caseNumber)
    expect(text[0]).not.toMatch(/第\s*\d+\s*\/\s*\d+\s*件/)
    expect(await page.locator('[data-testid="evidence-crop"][data-crop-state="drawn"]').count()).toBe(1)
    await app.screenshot('sheets/one-case-preview')
    // 返回 leads back to the review screen it came from.
    await page.getByTestId('print-back').click()
    await page.getByTestId('review').waitFor()
  }, 120_000)
})
