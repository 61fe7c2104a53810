import type { StatisticsHeadline, StatisticsReport } from '../../shared/contract/statistics'
import type { TypicalSource } from '../../shared/domain/bulletin/typical'

/*
 * A hand-made March 2024 report, its figures computed by hand:
 *   40 cases evaluated (48 sampled of 400 closed: 12%), 3 still open, 1 awaiting the lead;
 *   average 86.35 against 84.1 in February (+2.25); 10 excellent, 18 good, 9 pass, 3 fail;
 *   优良率 28/40 = 70%, 合格率 37/40 = 92.5%; 2 vetoed.
 *   Squads: 机动中队 first (93.5), 练塘镇中队 last (72.25), 夏阳街道中队 up 3 places, 金泽镇中队 down 2;
 *   夏阳 1 failed case, 练塘 2 (both vetoed). 赵巷镇中队 has no counted case: unranked, not in the table.
 */
export const MARCH_HEADLINE: StatisticsHeadline = {
  evaluated: 40,
  sampled: 48,
  closed: 400,
  samplingRate: 0.12,
  average: 86.35,
  excellentGoodRate: 0.7,
  passRate: 0.925,
  vetoed: 2,
  grades: { excellent: 10, good: 18, pass: 9, fail: 3 },
  open: 3,
  awaitingAdjudication: 1,
}

type Squad = StatisticsReport['squads'][number]
const squad = (squadId: number, squadName: string, rank: number | null, average: number | null, over: Partial<Squad> = {}): Squad => ({
  squadId,
  squadName,
  rank,
  cases: rank ? 4 : 0,
  average,
  grades: { excellent: 1, good: 2, pass: 1, fail: 0 },
  passRate: rank ? 1 : null,
  vetoed: 0,
  previousRank: rank,
  previousAverage: average,
  rankChange: rank ? 0 : null,
  averageChange: rank ? 0 : null,
  ...over,
})

const MARCH_SQUADS: Squad[] = [
  squad(1, '机动中队', 1, 93.5, { grades: { excellent: 3, good: 1, pass: 0, fail: 0 } }),
  squad(2, '夏阳街道中队', 2, 91.25, { rankChange: 3, previousRank: 5, grades: { excellent: 2, good: 1, pass: 0, fail: 1 }, passRate: 0.75 }),
  squad(3, '盈浦街道中队', 3, 90),
  squad(4, '香花桥街道中队', 4, 88.75),
  squad(5, '赵巷镇中队', null, null),
  squad(6, '徐泾镇中队', 5, 87.5),
  squad(7, '华新镇中队', 6, 86),
  squad(8, '重固镇中队', 7, 85.5),
  squad(9, '白鹤镇中队', 8, 84),
  squad(10, '朱家角镇中队', 9, 83.25),
  squad(11, '金泽镇中队', 10, 80.5, { rankChange: -2, previousRank: 8 }),
  squad(12, '练塘镇中队', 11, 72.25, { grades: { excellent: 0, good: 1, pass: 1, fail: 2 }, passRate: 0.5, vetoed: 2 }),
]

const item = (itemId: string, title: string, category: string, cases: number, squads: { squadName: string; cases: number }[]) => ({
  rubricId: 1,
  rubricName: '行政处罚一般程序案卷评查标准',
  itemId,
  title,
  titleEn: itemId,
  category,
  cases,
  share: cases / 40,
  pointsLost: cases * 2,
  squads,
})

export function marchReport(over: Partial<StatisticsReport> = {}): StatisticsReport {
  return {
    scope: { label: '2024-03-01/2024-03-31', campaignId: null, from: '2024-03-01', to: '2024-03-31' },
    previous: { label: '2024-02-01/2024-02-29', campaignId: null, from: '2024-02-01', to: '2024-02-29' },
    headline: MARCH_HEADLINE,
    previousHeadline: { ...MARCH_HEADLINE, evaluated: 36, average: 84.1 },
    squads: MARCH_SQUADS,
    officers: [],
    categories: [
      { category: '文书制作', cases: 14, share: 0.35, pointsLost: 30, squads: [] },
      { category: '调查取证', cases: 9, share: 0.225, pointsLost: 21, squads: [] },
      { category: '裁量基准适用', cases: 6, share: 0.15, pointsLost: 24, squads: [] },
      { category: '立案', cases: 4, share: 0.1, pointsLost: 4, squads: [] },
      { category: '送达', cases: 3, share: 0.075, pointsLost: 6, squads: [] },
      { category: '案卷归档', cases: 1, share: 0.025, pointsLost: 1, squads: [] },
    ],
    items: [
      item('S5.2', '处罚决定书载明事项完整', '文书制作', 8, [
        { squadName: '练塘镇中队', cases: 3 },
        { squadName: '夏阳街道中队', cases: 2 },
        { squadName: '金泽镇中队', cases: 2 },
        { squadName: '机动中队', cases: 1 },
      ]),
      item('S2.1', '询问笔录制作规范', '调查取证', 6, [
        { squadName: '练塘镇中队', cases: 4 },
        { squadName: '金泽镇中队', cases: 2 },
      ]),
      item('S3.2', '裁量阶次适用正确', '裁量基准适用', 5, [{ squadName: '练塘镇中队', cases: 2 }, { squadName: '朱家角镇中队', cases: 3 }]),
      item('S1.2', '立案及时', '立案', 4, [{ squadName: '练塘镇中队', cases: 1 }, { squadName: '白鹤镇中队', cases: 3 }]),
      item('S6.1', '送达程序合法', '送达', 3, [{ squadName: '练塘镇中队', cases: 1 }, { squadName: '金泽镇中队', cases: 2 }]),
      item('S7.1', '案卷归档及时', '案卷归档', 1, [{ squadName: '盈浦街道中队', cases: 1 }]),
    ],
    repeats: [
      { by: 'squad', ownerId: 12, ownerName: '练塘镇中队', rubricId: 1, rubricName: '', itemId: 'S2.1', title: '询问笔录制作规范', titleEn: 'S2.1', cases: 4 },
      { by: 'squad', ownerId: 12, ownerName: '练塘镇中队', rubricId: 1, rubricName: '', itemId: 'S5.2', title: '处罚决定书载明事项完整', titleEn: 'S5.2', cases: 3 },
      { by: 'officer', ownerId: 31, ownerName: '陈刚', rubricId: 1, rubricName: '', itemId: 'S2.1', title: '询问笔录制作规范', titleEn: 'S2.1', cases: 3 },
    ],
    rolling: { from: '2023-04-01', to: '2024-03-31' },
    // The monthly trend is a chart of the statistics screen; the bulletin does not use it.
    months: [],
    rollingRepeats: [
      { by: 'squad', ownerId: 12, ownerName: '练塘镇中队', rubricId: 1, rubricName: '', itemId: 'S2.1', title: '询问笔录制作规范', titleEn: 'S2.1', cases: 7 },
      { by: 'squad', ownerId: 10, ownerName: '朱家角镇中队', rubricId: 1, rubricName: '', itemId: 'S3.2', title: '裁量阶次适用正确', titleEn: 'S3.2', cases: 5 },
    ],
    ...over,
  }
}

/** Two bad examples (a deduction and a veto) and a good one. */
export const MARCH_TYPICAL: TypicalSource[] = [
  {
    kind: 'good',
    target: 'deduction',
    caseNumber: '青城管罚字〔2024〕第00118号',
    squadName: '机动中队',
    party: '上海恒达商贸有限公司',
    title: '证据收集全面',
    points: 1,
    reason: '',
    note: '现场检查笔录、照片和执法记录仪视频相互印证。',
  },
  {
    kind: 'bad',
    target: 'deduction',
    caseNumber: '青城管罚字〔2024〕第00093号',
    squadName: '练塘镇中队',
    party: '张三丰',
    title: '询问笔录制作规范',
    points: 4,
    reason: '询问笔录未由张三丰逐页签名。',
    note: '',
  },
  {
    kind: 'bad',
    target: 'veto',
    caseNumber: '青城管罚字〔2024〕第00101号',
    squadName: '练塘镇中队',
    party: '上海鑫达餐饮管理有限公司',
    title: '适用法律错误',
    points: null,
    reason: '引用已废止的条款',
    note: '',
  },
]
