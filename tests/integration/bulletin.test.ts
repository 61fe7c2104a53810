import { execFile } from 'node:child_process'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BulletinContent } from '../../shared/contract/bulletin'
import type { StatisticsScope } from '../../shared/contract/statistics'
import { generateBulletin } from '../../shared/domain/bulletin/generate'
import { bulletinDocx } from '../../electron/backend/services/bulletin/docx/document'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, type TestWorkspace } from '../support/workspace'
import { convertWithLibreOffice } from '../support/libreoffice'
import { marchReport, MARCH_TYPICAL } from '../support/bulletin-report'
import { ARTIFACTS_DIR } from '../support/paths'
import { readZip } from '../support/zip'
import { nth, take } from '../support/defined'

const run = promisify(execFile)
const NOW = new Date(2024, 2, 28, 10, 0)
const EDITED = '经评查，本月案卷质量总体平稳，文书制作仍是薄弱环节。'
const RED_HEADER = { issuingUnit: '执法监督科', redHeader: true, issuingBody: '上海市青浦区城市管理行政执法局', docNumberPattern: '青城管督〔{year}〕{number}号' }

let ws: TestWorkspace
let scope: StatisticsScope
let campaignId: number
let evaluationB: number

/*
 * Four cases of 2024年3月案卷月度抽查, one reviewer (王敏, the lead):
 *   a 夏阳 submitted: S5.2 −4, S1.2 −1 → 95
 *   b 朱家角 in review (veto V6): left out until submitted
 *   c 夏阳 submitted: S3.2 −8 (marked typical), S2.1 −5 → 87; party 李明华
 *   e 朱家角 submitted: S2.3 −5, S3.2 −8, S5.2 −4, veto V6 → 不合格
 */
beforeAll(async () => {
  ws = await openTestWorkspace({ now: () => NOW })
  const { squadIds, officerIds } = await seedRegistry(ws)
  const create = (squad: number, n: number, over: Record<string, unknown> = {}) =>
    ws.call('cases.create', caseInput(nth(squadIds, squad), { caseNumber: `青城管罚字〔2024〕第0010${n}号`, officerIds: [officerIds[squad === 0 ? 0 : 2]], ...over }))
  const cases = [await create(0, 1), await create(1, 2), await create(0, 3, { party: '李明华', partyType: 'individual' }), await create(1, 5)]
  const seeded = await seedCampaign(
    ws,
    cases.map((c) => c.id),
    '2024年3月案卷月度抽查',
  )
  campaignId = seeded.campaignId
  scope = { kind: 'campaign', campaignId }
  const [a, b, c, e] = take(await Promise.all(seeded.assignmentIds.map((assignmentId) => ws.call('evaluations.open', { assignmentId }))), 4)
  evaluationB = b.id
  const deduct = (evaluationId: number, itemId: string, points: number, reason = '') => ws.call('evaluations.addDeduction', { evaluationId, itemId, points, reason })
  await deduct(a.id, 'S5.2', 4, '无送达回证')
  await deduct(a.id, 'S1.2', 1, '超期立案')
  await ws.call('evaluations.submit', { evaluationId: a.id })
  await ws.call('evaluations.setVeto', { evaluationId: b.id, vetoId: 'V6', on: true, reason: '罚款超出法定幅度' })
  await deduct(c.id, 'S3.2', 8, '未说明从重理由')
  await deduct(c.id, 'S2.1', 5, '笔录无执法人员签名')
  await ws.call('evaluations.submit', { evaluationId: c.id })
  await deduct(e.id, 'S2.3', 5, '无执法记录仪视频')
  await deduct(e.id, 'S3.2', 8, '裁量档次适用错误')
  await deduct(e.id, 'S5.2', 4, '送达回证无签收日期')
  await ws.call('evaluations.setVeto', { evaluationId: e.id, vetoId: 'V6', on: true, reason: '罚款超出法定幅度' })
  await ws.call('evaluations.submit', { evaluationId: e.id })
  const marked = await ws.app.ctx.db.selectFrom('deductions').select('id').where('evaluationId', '=', c.id).where('itemId', '=', 'S3.2').executeTakeFirstOrThrow()
  await ws.call('typical.mark', { target: { type: 'deduction', deductionId: marked.id }, kind: 'bad', note: '从重处罚未说理的典型' })
}, 120_000)
afterAll(() => ws.close())

const auditOf = (action: string) =>
  ws.app.ctx.db.selectFrom('auditLog').select(['actor', 'entity', 'entityId', 'before', 'after']).where('action', '=', action).orderBy('id', 'desc').executeTakeFirst()

describe('the bulletin draft kept with the campaign', () => {
  let generated: BulletinContent

  it('is generated from the statistics and the typical cases until someone saves it', async () => {
    const draft = await ws.call('bulletin.draft', scope)
    expect(draft).toMatchObject({ saved: false, updatedBy: null, stale: false })
    generated = draft.content
    expect(generated.title).toBe('关于2024年3月案卷月度抽查情况的通报')
    expect(generated.issuedOn).toBe('2024-03-28')
    expect(generated.overview.paragraphs[0]?.text).toBe('本次评查共抽取案卷4件，已完成评查3件。另有1份评查记录尚未提交，未计入本通报。')
    expect(generated.overview.ranking.map((r) => [r.rank, r.squadName, r.cases, r.average])).toEqual([
      [1, '夏阳街道中队', 2, 91],
      [2, '朱家角镇中队', 1, 83],
    ])
    expect(generated.problems.typicalCases).toEqual([
      { kind: 'bad', caseNumber: '青城管罚字〔2024〕第00103号', squadName: '夏阳街道中队', party: '李明华', text: expect.stringMatching(/扣8分，未说明从重理由。从重处罚未说理的典型。$/) },
    ])
    expect(generated.rectification.squads.map((s) => [s.squadName, s.deadline])).toEqual([
      ['夏阳街道中队', '2024-04-12'],
      ['朱家角镇中队', '2024-04-12'],
    ])
    expect(await ws.app.ctx.db.selectFrom('bulletinDrafts').selectAll().execute()).toEqual([])
  })

  it('keeps the edits under the campaign’s key, audited with who made them', async () => {
    const content = structuredClone(generated)
    nth(content.overview.paragraphs, 0).text = EDITED
    nth(content.rectification.squads, 1).deadline = '2024-04-30'
    const saved = await ws.call('bulletin.save', { scope, content })
    expect(saved).toMatchObject({ saved: true, updatedBy: '王敏', stale: false })
    expect(saved.content.overview.paragraphs[0]?.text).toBe(EDITED)
    expect((await ws.call('bulletin.draft', scope)).content).toEqual(saved.content)
    const row = await ws.app.ctx.db.selectFrom('bulletinDrafts').selectAll().executeTakeFirstOrThrow()
    expect(row.scopeKey).toBe(`campaign:${campaignId}`)
    const audit = await auditOf('bulletin.save')
    expect(audit).toMatchObject({ actor: '王敏', entity: 'bulletin_draft', entityId: `campaign:${campaignId}`, before: null })
    expect(JSON.parse(audit!.after!).overview.paragraphs[0].text).toBe(EDITED)
  })

  it('is the lead’s to change, refused for a campaign that does not exist', async () => {
    const lead = await ws.app.ctx.db.selectFrom('reviewers').select('id').where('role', '=', 'lead').executeTakeFirstOrThrow()
    const reviewer = await ws.app.ctx.db.insertInto('reviewers').values({ name: '赵强', role: 'reviewer' }).returning('id').executeTakeFirstOrThrow()
    await ws.signInAs(reviewer.id)
    const { content } = await ws.call('bulletin.draft', scope)
    expect((await ws.fail('bulletin.save', { scope, content })).code).toBe('lead_only')
    expect((await ws.fail('bulletin.reset', scope)).code).toBe('lead_only')
    await ws.signInAs(lead.id)
    expect((await ws.fail('bulletin.save', { scope: { kind: 'campaign', campaignId: 999 }, content })).code).toBe('not_found')
    expect((await ws.fail('bulletin.save', { scope, content: { ...content, title: ' ' } })).code).toBe('invalid_input')
  })
})

describe('bulletin settings', () => {
  it('start with the supervision section signing and no red header', async () => {
    expect(await ws.call('bulletin.settings', {})).toEqual({ issuingUnit: '执法监督科', redHeader: false, issuingBody: '', docNumberPattern: '城管督〔{year}〕{number}号' })
  })

  it('need an issuing body and a {number} in the pattern for a red header; saved, audited, shared with the workbook', async () => {
    expect((await ws.fail('bulletin.setSettings', { ...RED_HEADER, issuingBody: '' })).code).toBe('invalid_input')
    expect((await ws.fail('bulletin.setSettings', { ...RED_HEADER, docNumberPattern: '青城管督〔{year}〕' })).code).toBe('invalid_input')
    expect(await ws.call('bulletin.setSettings', RED_HEADER)).toEqual(RED_HEADER)
    expect(await ws.call('bulletin.settings', {})).toEqual(RED_HEADER)
    const audit = await auditOf('bulletin.settings')
    expect(JSON.parse(audit!.after!)).toEqual(RED_HEADER)
    const unit = await ws.app.ctx.db.selectFrom('settings').select('value').where('key', '=', 'issuingUnit').executeTakeFirstOrThrow()
    expect(unit.value).toBe('执法监督科')
  })
})

/** Every run of a part: its properties and text. */
function runsOf(xml: string) {
  return [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map(([, run = '']) => ({ props: /<w:rPr>(.*?)<\/w:rPr>/s.exec(run)?.[1] ?? '', text: [...run.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, t]) => t).join('') }))
}
const fontOf = (props: string) => /<w:rFonts [^>]*w:eastAsia="([^"]+)"/.exec(props)?.[1]
const sizeOf = (props: string) => Number(/<w:sz w:val="(\d+)"/.exec(props)?.[1])

describe('the exported .docx in GB/T 9704 layout', () => {
  let parts: Map<string, Buffer>
  let document: string
  let filePath: string
  const artifacts = join(ARTIFACTS_DIR, 'bulletin')

  beforeAll(async () => {
    const file = await ws.call('bulletin.export', scope)
    expect(file.fileName).toBe('关于2024年3月案卷月度抽查情况的通报-20240328-100000.docx')
    expect(file.filePath).toBe(join(ws.dir, 'exports', file.fileName))
    filePath = file.filePath
    parts = readZip(await readFile(filePath))
    document = parts.get('word/document.xml')!.toString('utf8')
  })

  it('is A4 with margins of 37 / 35 / 28 / 26 mm and lines 28.95 pt apart, 22 to a page', () => {
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>')
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="\d+" w:footer="\d+" w:gutter="0"\/>/)
    expect(document).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>')
    const bodyLines = [...document.matchAll(/<w:spacing [^>]*w:line="(\d+)" w:lineRule="exact"\/>/g)].map((m) => Number(m[1]))
    expect(bodyLines.filter((l) => l === 579).length).toBeGreaterThan(15)
    expect(Math.floor((16838 - 2098 - 1984) / 579)).toBe(22)
  })

  it('names its East Asian, Latin and complex-script font on every run, never a theme font', () => {
    for (const name of ['word/document.xml', 'word/footer1.xml', 'word/footer2.xml']) {
      const runs = runsOf(parts.get(name)!.toString('utf8'))
      expect(runs.length).toBeGreaterThan(0)
      for (const r of runs) {
        const fonts = /<w:rFonts ([^>]*)\/>/.exec(r.props)?.[1] ?? ''
        for (const script of ['ascii', 'hAnsi', 'eastAsia', 'cs']) expect(fonts, `${name}: ${r.text}`).toMatch(new RegExp(`w:${script}="[^"]+"`))
      }
    }
    for (const name of ['word/document.xml', 'word/styles.xml', 'word/footer1.xml', 'word/footer2.xml']) expect(parts.get(name)!.toString('utf8')).not.toMatch(/Theme=/)
    const fontTable = parts.get('word/fontTable.xml')!.toString('utf8')
    for (const [font, fallback] of [['方正小标宋简体', '华文中宋'], ['仿宋_GB2312', '仿宋'], ['楷体_GB2312', '楷体'], ['黑体', 'SimHei'], ['宋体', 'SimSun']]) {
      expect(fontTable).toContain(`<w:font w:name="${font}"><w:altName w:val="${fallback}"/>`)
    }
  })

  it('sets the red header, the title in 2号小标宋, headings in 黑体 and 楷体, the body in 3号仿宋 with the edit', () => {
    const runs = runsOf(document)
    const find = (text: string) => runs.find((r) => r.text === text)
    const mark = find('上海市青浦区城市管理行政执法局')!
    expect(mark.props).toContain('<w:color w:val="FF0000"/>')
    expect(fontOf(mark.props)).toBe('方正小标宋简体')
    expect(find('青城管督〔2024〕1号')).toBeDefined()
    expect(document).toMatch(/<w:pBdr><w:bottom w:val="single" w:color="FF0000" w:sz="12" w:space="11"\/><\/w:pBdr>/)
    const title = find('关于2024年3月案卷月度抽查情况的通报')!
    expect([fontOf(title.props), sizeOf(title.props)]).toEqual(['方正小标宋简体', 44])
    expect(find('各中队：')).toBeDefined()
    expect(['一、总体情况', '二、存在的主要问题', '三、整改要求', '四、下一步工作'].map((t) => [fontOf(find(t)!.props), sizeOf(find(t)!.props)])).toEqual(Array(4).fill(['黑体', 32]))
    expect(fontOf(find('（一）问题分布。')!.props)).toBe('楷体_GB2312')
    expect(fontOf(find('（二）朱家角镇中队：')!.props)).toBe('楷体_GB2312')
    const edited = find(EDITED)!
    expect([fontOf(edited.props), sizeOf(edited.props)]).toEqual(['仿宋_GB2312', 32])
    expect(runs.some((r) => r.text.includes('整改时限：2024年4月30日前。'))).toBe(true)
    // The typical case: its case number, squad and the party masked.
    expect(runs.some((r) => r.text.startsWith('青城管罚字〔2024〕第00103号案（夏阳街道中队，当事人李**）：'))).toBe(true)
    expect(runs.slice(-3).map((r) => r.text)).toEqual(['特此通报。', '执法监督科', '2024年3月28日'])
  })

  it('numbers pages "— 1 —" in 4号宋体, odd pages on the right and even on the left', () => {
    expect(parts.get('word/settings.xml')!.toString('utf8')).toContain('<w:evenAndOddHeaders/>')
    expect(document).toMatch(/<w:footerReference w:type="default" r:id="(rId\d+)"\/><w:footerReference w:type="even" r:id="(rId\d+)"\/>/)
    const [odd, even] = take(['word/footer1.xml', 'word/footer2.xml'].map((n) => parts.get(n)!.toString('utf8')), 2)
    for (const [footer, side] of [[odd, 'right'], [even, 'left']] as const) {
      expect(footer).toContain(`<w:jc w:val="${side}"/>`)
      expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>')
      expect(runsOf(footer).map((r) => r.text).join('')).toBe('—  —')
      for (const r of runsOf(footer)) expect([fontOf(r.props), sizeOf(r.props)]).toEqual(['宋体', 28])
    }
  })

  it('opens in LibreOffice as A4 pages that read as the bulletin, kept as pictures to look at', async () => {
    const pdf = await convertWithLibreOffice(filePath, 'pdf')
    const doc = await PDFDocument.load(pdf)
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(2)
    for (const page of doc.getPages()) {
      const { width, height } = page.getSize()
      expect([Math.round(width), Math.round(height)]).toEqual([595, 842])
    }
    await rm(artifacts, { recursive: true, force: true })
    await mkdir(artifacts, { recursive: true })
    await writeFile(join(artifacts, 'campaign.pdf'), pdf)
    const { stdout } = await run('pdftotext', ['-layout', join(artifacts, 'campaign.pdf'), '-'])
    const text = stdout.replace(/\s+/g, '')
    for (const expected of ['上海市青浦区城市管理行政执法局', '青城管督〔2024〕1号', '关于2024年3月案卷月度抽查情况的通报', EDITED, '一、总体情况', '（三）典型案例', '—1—', '—2—', '执法监督科2024年3月28日']) {
      expect(text).toContain(expected)
    }
    await run('pdftoppm', ['-r', '60', '-png', join(artifacts, 'campaign.pdf'), join(artifacts, 'campaign')])
    expect((await readdir(artifacts)).filter((f) => f.startsWith('campaign-') && f.endsWith('.png'))).toHaveLength(doc.getPageCount())
  }, 120_000)
})

describe('a full month’s bulletin laid out by LibreOffice', () => {
  const artifacts = join(ARTIFACTS_DIR, 'bulletin')
  let pdfPath: string
  let pages: number

  beforeAll(async () => {
    const content = generateBulletin({
      scope: { kind: 'period', period: 'month', year: 2024, index: 3 },
      report: marchReport(),
      typical: MARCH_TYPICAL,
      issuingUnit: '执法监督科',
      today: '2024-03-28',
      now: NOW.toISOString(),
    })
    await mkdir(artifacts, { recursive: true })
    const docx = join(artifacts, 'march.docx')
    await writeFile(docx, await bulletinDocx(content, { ...RED_HEADER, redHeader: false }))
    pdfPath = join(artifacts, 'march.pdf')
    await writeFile(pdfPath, await convertWithLibreOffice(docx, 'pdf'))
    pages = (await PDFDocument.load(await readFile(pdfPath))).getPageCount()
    await run('pdftoppm', ['-r', '60', '-png', pdfPath, join(artifacts, 'march')])
  }, 120_000)

  /** Words of one page with their boxes, from pdftotext's bounding-box output. */
  async function wordsOf(page: number) {
    const { stdout } = await run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdfPath, '-'])
    return [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: m[5] ?? '',
    }))
  }

  it('runs over several pages, each numbered at its outer corner', async () => {
    expect(pages).toBeGreaterThanOrEqual(4)
    for (let page = 1; page <= pages; page++) {
      const words = await wordsOf(page)
      // The number sits below the text area (35 mm = 99 pt above the bottom edge of 842 pt).
      const number = words.find((w) => w.text.includes(String(page)) && w.y > 842 - 99)
      expect(number, `page ${page}`).toBeDefined()
      if (page % 2 === 1) expect(number!.x).toBeGreaterThan(595 / 2)
      else expect(number!.xMax).toBeLessThan(595 / 2)
    }
  })

  it('sets the body 28.95 pt line to line, within the text area', async () => {
    const words = await wordsOf(3)
    const lines = [...new Set(words.filter((w) => w.y < 842 - 99).map((w) => Math.round(w.yMax * 10) / 10))].sort((a, b) => a - b)
    const gaps = lines.slice(1).map((y, i) => Math.round((y - nth(lines, i)) * 100) / 100)
    const pitch = gaps.filter((g) => Math.abs(g - 28.95) < 0.1)
    expect(pitch.length).toBeGreaterThanOrEqual(lines.length / 2)
    expect(lines[0]).toBeGreaterThan((37 / 25.4) * 72)
    expect(lines.at(-1)!).toBeLessThan(842 - (35 / 25.4) * 72)
    for (const w of words) expect(w.x).toBeGreaterThanOrEqual((28 / 25.4) * 72 - 1)
  })
})

describe('when the statistics move on', () => {
  it('marks the saved draft stale; reset discards the edits and generates the text anew', async () => {
    await ws.call('evaluations.submit', { evaluationId: evaluationB })
    const stale = await ws.call('bulletin.draft', scope)
    expect(stale).toMatchObject({ saved: true, stale: true })
    expect(stale.content.overview.paragraphs[0]?.text).toBe(EDITED)
    const reset = await ws.call('bulletin.reset', scope)
    expect(reset).toMatchObject({ saved: false, stale: false })
    expect(reset.content.overview.paragraphs[0]?.text).toBe('本次评查共抽取案卷4件，已完成评查4件。')
    expect(await ws.app.ctx.db.selectFrom('bulletinDrafts').selectAll().execute()).toEqual([])
    const audit = await auditOf('bulletin.reset')
    expect(audit).toMatchObject({ entityId: `campaign:${campaignId}`, after: null })
    expect(JSON.parse(audit!.before!).overview.paragraphs[0].text).toBe(EDITED)
  })
})
