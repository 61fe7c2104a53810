import type { StatisticsReport } from '../../contract/statistics'
import type { BulletinContent, BulletinSquadRectification } from '../../contract/bulletin'
import { longDate } from '../../format/date'

type Rectification = BulletinContent['rectification']

/** A problem a 回头看 found again after the squad had rectified it. */
export interface FollowUpRepeat {
  squadName: string
  itemId: string
  title: string
  caseNumber: string
}

/** 回头看 findings of one squad, said first in its requirement: the same problem, again. */
function repeatText(repeats: readonly FollowUpRepeat[]): string {
  const titles = [...new Set(repeats.map((r) => `“${r.title}”`))]
  const cases = new Set(repeats.map((r) => r.caseNumber)).size
  return `回头看发现${cases}件案卷${titles.join('、')}问题整改后再次出现，须重新整改并查明原因、落实责任`
}

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

function squadText(report: StatisticsReport, squad: { squadName: string; vetoed: number }, repeats: readonly FollowUpRepeat[]): string {
  const items = squadItems(report, squad.squadName)
  const named = items
    .slice(0, ITEMS_PER_SQUAD)
    .map((i) => `“${i.title}”（${i.cases}件）`)
    .join('、')
  const problems = items.length ? `重点整改${named}${items.length > ITEMS_PER_SQUAD ? `等${items.length}项问题` : '等问题'}` : ''
  const vetoes = squad.vetoed > 0 ? `对${squad.vetoed}件存在否决项的案卷逐案倒查原因，明确责任` : ''
  const again = repeats.length ? repeatText(repeats) : ''
  return `${[again, problems, vetoes].filter(Boolean).join('；')}。`
}

/**
 * 三、整改要求: every squad with a deduction, a veto or a problem a 回头看 found again, in ranking
 * order (squads with only repeats after them), each with its deadline.
 */
export function rectificationSection(report: StatisticsReport, unit: string, deadline: string, repeats: readonly FollowUpRepeat[] = []): Rectification {
  const repeatsOf = (name: string) => repeats.filter((r) => r.squadName === name)
  const ranked = report.squads.filter((s) => s.vetoed > 0 || squadItems(report, s.squadName).length > 0 || repeatsOf(s.squadName).length > 0)
  const others = [...new Set(repeats.map((r) => r.squadName))].filter((name) => !ranked.some((s) => s.squadName === name)).map((squadName) => ({ squadName, vetoed: 0 }))
  const squads: BulletinSquadRectification[] = [...ranked, ...others].map((s) => ({ squadName: s.squadName, text: squadText(report, s, repeatsOf(s.squadName)), deadline }))
  const rest = report.squads.some((s) => s.rank !== null && !squads.some((r) => r.squadName === s.squadName))
  return {
    heading: '整改要求',
    intro: squads.length
      ? `各中队要对照本通报指出的问题逐案逐项整改，能补正的及时补正，不能补正的说明情况、落实责任，并在整改时限内将整改情况书面报送${unit}。具体要求如下：`
      : '',
    squads,
    outro: rest ? '其他中队要举一反三，对照上述问题开展自查自纠。' : '',
  }
}

/** A squad's requirement as the bulletin prints it, its deadline closing the paragraph. */
export function rectificationText(r: BulletinSquadRectification): string {
  const text = r.text.trim()
  return `${text}${text && !/[。；！？]$/u.test(text) ? '。' : ''}整改时限：${longDate(r.deadline, 'zh-CN')}前。`
}
