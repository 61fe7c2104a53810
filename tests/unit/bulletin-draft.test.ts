import { describe, expect, it } from 'vitest'
import { bulletinContent } from '../../shared/contract/bulletin'
import type { StatisticsScope } from '../../shared/contract/statistics'
import { composeBulletin, rectificationTexts } from '../../shared/domain/bulletin/compose'
import { formatDocNumber } from '../../shared/domain/bulletin/doc-number'
import { generateBulletin, isStale, type BulletinInput } from '../../shared/domain/bulletin/generate'
import { bulletinScopeKey, bulletinTitle } from '../../shared/domain/bulletin/scope'
import { signatureIndents } from '../../electron/backend/services/bulletin/docx/layout'
import { MARCH_HEADLINE, MARCH_TYPICAL, marchReport } from '../support/bulletin-report'

const MARCH: StatisticsScope = { kind: 'period', period: 'month', year: 2024, index: 3 }
const input = (over: Partial<BulletinInput> = {}): BulletinInput => ({
  scope: MARCH,
  report: marchReport(),
  typical: MARCH_TYPICAL,
  issuingUnit: '执法监督科',
  today: '2024-03-28',
  now: '2024-03-28T02:00:00.000Z',
  ...over,
})
const draft = generateBulletin(input())

describe('the bulletin draft generated from the statistics', () => {
  it('is a valid bulletin for the contract, titled and numbered by its month', () => {
    expect(bulletinContent.parse(draft)).toEqual(draft)
    expect(draft.title).toBe('关于2024年3月执法案卷评查情况的通报')
    expect(draft.serial).toBe(3)
    expect(draft.addressee).toBe('各中队：')
    expect(draft.issuedOn).toBe('2024-03-28')
    expect(draft.opening).toBe('为进一步规范执法办案行为，提升执法案卷质量，根据年度执法监督工作计划，执法监督科对2024年3月完成评查的执法案卷进行了汇总分析。现将有关情况通报如下：')
    expect(draft.basis).toEqual({ evaluated: 40, average: 86.35, generatedAt: '2024-03-28T02:00:00.000Z' })
  })

  it('一、总体情况: coverage, the average against last month, grades, rates and vetoes', () => {
    expect(draft.overview.paragraphs.map((p) => p.text)).toEqual([
      '2024年3月共完成案卷评查40件；同期结案400件，其中48件已被抽查，抽查比例为12%。另有3份评查记录尚未提交，1件双人评查案卷待组长裁定，未计入本通报。',
      '评查案卷平均得分86.35分，较上期提高2.25分。其中优秀10件、良好18件、合格9件、不合格3件，优良率70%，合格率92.5%；不合格案卷中有2件存在否决项，直接评定为不合格。',
    ])
  })

  it('ranks the squads with a counted case in the table, and names the first, the last, the movers and the failures', () => {
    const { ranking } = draft.overview
    expect(ranking).toHaveLength(11)
    expect(ranking.map((r) => r.squadName)).not.toContain('赵巷镇中队')
    expect(ranking[0]).toEqual({ rank: 1, squadName: '机动中队', cases: 4, average: 93.5, excellent: 3, good: 1, pass: 0, fail: 0, passRate: 1, vetoed: 0 })
    expect(ranking.at(-1)).toMatchObject({ rank: 11, squadName: '练塘镇中队', fail: 2, passRate: 0.5, vetoed: 2 })
    expect(draft.overview.rankingIntro).toBe('各中队评查情况见下表（按平均分排名）：')
    expect(draft.overview.rankingNote).toBe(
      '机动中队平均分最高（93.5分），练塘镇中队平均分最低（72.25分）；与上期相比，夏阳街道中队上升3位、金泽镇中队下降2位；不合格案卷分布在夏阳街道中队1件、练塘镇中队2件。',
    )
  })

  it('二、存在的主要问题: the top five categories, the items, the repeats in the month and over twelve months', () => {
    const [distribution, repeats] = draft.problems.paragraphs
    expect(distribution?.heading).toBe('问题分布')
    expect(distribution?.text).toBe(
      '按问题类别统计，涉及案卷较多的依次是：文书制作14件（占35%），调查取证9件（占22.5%），裁量基准适用6件（占15%），立案4件（占10%），送达3件（占7.5%）。' +
        '从评查要点看，扣分较集中的是“处罚决定书载明事项完整”（8件）、“询问笔录制作规范”（6件）、“裁量阶次适用正确”（5件）、“立案及时”（4件）、“送达程序合法”（3件）。',
    )
    expect(repeats?.heading).toBe('反复出现的问题')
    // 练塘's S2.1 recurs in the month already: the twelve months add only 朱家角's S3.2.
    expect(repeats?.text).toBe(
      '练塘镇中队有4件案卷在“询问笔录制作规范”被扣分；练塘镇中队有3件案卷在“处罚决定书载明事项完整”被扣分，同一问题在3件及以上案卷中重复出现，须作为整改重点。' +
        '执法人员陈刚经办的案卷在同一评查要点3件及以上重复被扣分。从近12个月看，朱家角镇中队有5件案卷在“裁量阶次适用正确”被扣分。',
    )
  })

  it('lists the typical cases, bad examples first, parties masked by default', () => {
    expect(draft.problems.maskParties).toBe(true)
    expect(draft.problems.typicalCases.map((c) => [c.kind, c.caseNumber, c.text])).toEqual([
      ['bad', '青城管罚字〔2024〕第00093号', '“询问笔录制作规范”扣4分，询问笔录未由张三丰逐页签名。'],
      ['bad', '青城管罚字〔2024〕第00101号', '存在否决项“适用法律错误”，评定为不合格，引用已废止的条款。'],
      ['good', '青城管罚字〔2024〕第00118号', '现场检查笔录、照片和执法记录仪视频相互印证，可供各中队学习借鉴。'],
    ])
  })

  it('三、整改要求: each squad with a deduction or a veto, in ranking order, its top three items and a deadline 15 days on', () => {
    const { squads, intro, outro } = draft.rectification
    expect(squads.map((s) => s.squadName)).toEqual(['机动中队', '夏阳街道中队', '盈浦街道中队', '白鹤镇中队', '朱家角镇中队', '金泽镇中队', '练塘镇中队'])
    expect(squads.every((s) => s.deadline === '2024-04-12')).toBe(true)
    expect(squads.at(-1)!.text).toBe('重点整改“询问笔录制作规范”（4件）、“处罚决定书载明事项完整”（3件）、“裁量阶次适用正确”（2件）等5项问题；对2件存在否决项的案卷逐案倒查原因，明确责任。')
    expect(squads[0]?.text).toBe('重点整改“处罚决定书载明事项完整”（1件）等问题。')
    expect(intro).toContain('书面报送执法监督科')
    expect(outro).toBe('其他中队要举一反三，对照上述问题开展自查自纠。')
    expect(rectificationTexts(draft)[0]).toEqual({ squadName: '机动中队', text: '重点整改“处罚决定书载明事项完整”（1件）等问题。整改时限：2024年4月12日前。' })
  })

  it('names first the problems a 回头看 found again, for a squad in the ranking and for one that is not', () => {
    const d = generateBulletin(
      input({
        repeats: [
          { squadName: '机动中队', itemId: 'S2.1', title: '询问笔录制作规范', caseNumber: '青城管罚字〔2024〕第00011号' },
          { squadName: '机动中队', itemId: 'S2.1', title: '询问笔录制作规范', caseNumber: '青城管罚字〔2024〕第00012号' },
          { squadName: '机动中队', itemId: 'S3.2', title: '裁量阶次适用正确', caseNumber: '青城管罚字〔2024〕第00012号' },
          { squadName: '徐泾镇中队', itemId: 'S1.2', title: '立案及时', caseNumber: '青城管罚字〔2024〕第00031号' },
        ],
      }),
    )
    const { squads } = d.rectification
    expect(squads[0]).toMatchObject({
      squadName: '机动中队',
      text: '回头看发现2件案卷“询问笔录制作规范”、“裁量阶次适用正确”问题整改后再次出现，须重新整改并查明原因、落实责任；重点整改“处罚决定书载明事项完整”（1件）等问题。',
    })
    // 徐泾镇中队 had nothing to rectify this month: it is listed for its repeat alone.
    expect(squads.find((s) => s.squadName === '徐泾镇中队')?.text).toBe('回头看发现1件案卷“立案及时”问题整改后再次出现，须重新整改并查明原因、落实责任。')
    expect(squads).toHaveLength(draft.rectification.squads.length + 1)
  })

  it('is stale once the statistics change', () => {
    expect(isStale(draft, marchReport())).toBe(false)
    expect(isStale(draft, marchReport({ headline: { ...MARCH_HEADLINE, evaluated: 41 } }))).toBe(true)
    expect(isStale(draft, marchReport({ headline: { ...MARCH_HEADLINE, average: 86.4 } }))).toBe(true)
  })

  it('says so when nothing was evaluated, and leaves out the sections it has nothing for', () => {
    const empty = marchReport({
      headline: { ...MARCH_HEADLINE, evaluated: 0, average: null, excellentGoodRate: null, passRate: null, vetoed: 0, grades: { excellent: 0, good: 0, pass: 0, fail: 0 }, open: 0, awaitingAdjudication: 0 },
      squads: [],
      categories: [],
      items: [],
      repeats: [],
      rollingRepeats: [],
    })
    const d = generateBulletin(input({ report: empty, typical: [] }))
    expect(d.overview.paragraphs[1]?.text).toBe('本期暂无完成评查的案卷，评查结果待评查完成后另行通报。')
    expect(d.overview.ranking).toEqual([])
    expect(d.problems.paragraphs).toEqual([])
    expect(d.rectification.squads).toEqual([])
    const headings = composeBulletin(d).blocks.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && b.text)
    expect(headings).toEqual(['一、总体情况', '二、下一步工作'])
  })

  it('names a campaign by itself and numbers its bulletin 1', () => {
    const campaign: StatisticsScope = { kind: 'campaign', campaignId: 7 }
    const report = marchReport({ scope: { label: '2024年3月案卷月度抽查', campaignId: 7, from: null, to: null }, previous: null, previousHeadline: null, headline: { ...MARCH_HEADLINE, closed: null, samplingRate: null, open: 0, awaitingAdjudication: 0 } })
    const d = generateBulletin(input({ scope: campaign, report }))
    expect(d.title).toBe('关于2024年3月案卷月度抽查情况的通报')
    expect(d.serial).toBe(1)
    expect(d.opening).toContain('执法监督科组织开展了2024年3月案卷月度抽查。现将评查情况通报如下：')
    expect(d.overview.paragraphs[0]?.text).toBe('本次评查共抽取案卷48件，已完成评查40件。')
    expect(d.overview.paragraphs[1]?.text).toMatch(/^评查案卷平均得分86.35分。其中/)
  })
})

describe('the bulletin as laid out', () => {
  const composed = composeBulletin(draft)
  const texts = composed.blocks.map((b) => (b.kind === 'ranking' ? '[table]' : b.kind === 'heading' ? b.text : b.lead + b.text))

  it('numbers the sections 一、 to 四、 and the parts within them （一）（二）…, typical cases 1. 2. 3.', () => {
    expect(composed.titleLines).toEqual(['关于2024年3月执法案卷评查情况的通报'])
    expect(composed.date).toBe('2024年3月28日')
    expect(texts.filter((t) => /^[一二三四]、/.test(t))).toEqual(['一、总体情况', '二、存在的主要问题', '三、整改要求', '四、下一步工作'])
    expect(texts).toContain('（三）典型案例')
    expect(texts.indexOf('[table]')).toBe(texts.indexOf('各中队评查情况见下表（按平均分排名）：') + 1)
    expect(texts.filter((t) => t.startsWith('（一）'))).toEqual([
      expect.stringMatching(/^（一）问题分布。按问题类别统计/),
      '（一）机动中队：重点整改“处罚决定书载明事项完整”（1件）等问题。整改时限：2024年4月12日前。',
      expect.stringMatching(/^（一）抓好整改落实。各中队要/),
    ])
  })

  it('masks the parties of typical cases, in the case line and in the text, unless told not to', () => {
    expect(texts).toContain('1.青城管罚字〔2024〕第00093号案（练塘镇中队，当事人张**）：“询问笔录制作规范”扣4分，询问笔录未由张**逐页签名。')
    expect(texts).toContain('3.青城管罚字〔2024〕第00118号案（机动中队，当事人上海**有限公司）（示范案例）：现场检查笔录、照片和执法记录仪视频相互印证，可供各中队学习借鉴。')
    const open = composeBulletin({ ...draft, problems: { ...draft.problems, maskParties: false } })
    const line = open.blocks.find((b) => b.kind === 'paragraph' && b.lead === '1.')
    expect(line).toMatchObject({ level: 3, text: '青城管罚字〔2024〕第00093号案（练塘镇中队，当事人张三丰）：“询问笔录制作规范”扣4分，询问笔录未由张三丰逐页签名。' })
  })

  it('breaks the title where the editor did, and drops empty paragraphs and headings', () => {
    const edited = composeBulletin({
      ...draft,
      title: '关于2024年3月\n执法案卷评查情况的通报',
      nextSteps: { heading: '', paragraphs: [{ heading: '', text: '  ' }, { heading: '', text: '各中队抓好落实。' }] },
    })
    expect(edited.titleLines).toEqual(['关于2024年3月', '执法案卷评查情况的通报'])
    expect(edited.blocks.at(-1)).toEqual({ kind: 'paragraph', lead: '', level: null, text: '各中队抓好落实。' })
    expect(edited.blocks.some((b) => b.kind === 'heading' && b.text.includes('下一步'))).toBe(false)
  })
})

describe('bulletin helpers', () => {
  it('keys a draft by its scope', () => {
    expect(bulletinScopeKey({ kind: 'campaign', campaignId: 7 })).toBe('campaign:7')
    expect(bulletinScopeKey(MARCH)).toBe('month:2024:3')
    expect(bulletinScopeKey({ kind: 'period', period: 'half', year: 2024, index: 2 })).toBe('half:2024:2')
  })

  it('titles quarters, halves and years', () => {
    expect(bulletinTitle({ kind: 'period', period: 'quarter', year: 2024, index: 1 }, '')).toBe('关于2024年第一季度执法案卷评查情况的通报')
    expect(bulletinTitle({ kind: 'period', period: 'half', year: 2024, index: 2 }, '')).toBe('关于2024年下半年执法案卷评查情况的通报')
    expect(bulletinTitle({ kind: 'period', period: 'year', year: 2023, index: 1 }, '')).toBe('关于2023年度执法案卷评查情况的通报')
  })

  it('fills the 文号 pattern', () => {
    expect(formatDocNumber('青城管督〔{year}〕{number}号', 2024, 3)).toBe('青城管督〔2024〕3号')
    expect(formatDocNumber('督字{number}', 2024, 12)).toBe('督字12')
  })

  it('places the signature two cells from the right and the date two cells right of it (GB/T 9704 7.3.5.2)', () => {
    // 执法监督科 is 5 cells, 2024年3月28日 6.5: the date ends two cells from the right, the signature 5.5.
    expect(signatureIndents('执法监督科', '2024年3月28日')).toEqual({ unit: 17.5, date: 19.5 })
    // A long signature ends two cells from the right; the date begins two cells right of its start.
    expect(signatureIndents('上海市青浦区城市管理行政执法局', '2024年3月28日')).toEqual({ unit: 11, date: 13 })
  })
})
