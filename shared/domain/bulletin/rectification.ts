import type { StatisticsReport } from '../../contract/statistics'
import type { BulletinContent, BulletinSquadRectification } from '../../contract/bulletin'
import { longDate } from '../../format/date'

type Rectification = BulletinContent['rectification']

/** Items a squad's requirement names; the rest are summed up as "等N项问题". */
const ITEMS_PER_SQUAD = 3

/** The problems of one squad, most cases first, from the per-item table. */
function squadItems(report: StatisticsReport, squadName: string) {
  return report.items
    .flatMap((i) => {
      const share = i.squads.find((s) => s.squadName === squadName)
      return share ? [{ title: i.title, cases: share.cases }] : []
    })
    .sort((a, b) => b.cases - a.cases)
}

function squadText(report: StatisticsReport, squad: StatisticsReport['squads'][number]): string {
  const items = squadItems(report, squad.squadName)
  const named = items
    .slice(0, ITEMS_PER_SQUAD)
    .map((i) => `“${i.title}”（${i.cases}件）`)
    .join('、')
  const problems = items.length ? `重点整改${named}${items.length > ITEMS_PER_SQUAD ? `等${items.length}项问题` : '等问题'}` : ''
  const vetoes = squad.vetoed > 0 ? `对${squad.vetoed}件存在否决项的案卷逐案倒查原因，明确责任` : ''
  return `${[problems, vetoes].filter(Boolean).join('；')}。`
}

/** 三、整改要求: every squad with a deduction or a veto, in ranking order, each with its deadline. */
export function rectificationSection(report: StatisticsReport, unit: string, deadline: string): Rectification {
  const squads: BulletinSquadRectification[] = report.squads
    .filter((s) => s.vetoed > 0 || squadItems(report, s.squadName).length > 0)
    .map((s) => ({ squadName: s.squadName, text: squadText(report, s), deadline }))
  const others = report.squads.some((s) => s.rank !== null && !squads.some((r) => r.squadName === s.squadName))
  return {
    heading: '整改要求',
    intro: squads.length
      ? `各中队要对照本通报指出的问题逐案逐项整改，能补正的及时补正，不能补正的说明情况、落实责任，并在整改时限内将整改情况书面报送${unit}。具体要求如下：`
      : '',
    squads,
    outro: others ? '其他中队要举一反三，对照上述问题开展自查自纠。' : '',
  }
}

/** A squad's requirement as the bulletin prints it, its deadline closing the paragraph. */
export function rectificationText(r: BulletinSquadRectification): string {
  const text = r.text.trim()
  return `${text}${text && !/[。；！？]$/u.test(text) ? '。' : ''}整改时限：${longDate(r.deadline, 'zh-CN')}前。`
}
