import type { StatisticsReport, StatisticsScope } from '../../contract/statistics'
import type { BulletinContent, BulletinParagraph, BulletinRankingRow } from '../../contract/bulletin'
import { change } from '../statistics/rates'
import { formatPercent, formatScore } from './format'

type Overview = BulletinContent['overview']

/** How many were sampled and evaluated, and what was left out because it is still open. */
function coverage(scope: StatisticsScope, report: StatisticsReport, name: string): string {
  const h = report.headline
  let text: string
  if (scope.kind === 'campaign') {
    const population = h.closed !== null && h.samplingRate !== null ? `（抽样范围内案件${h.closed}件，抽取比例${formatPercent(h.samplingRate)}）` : ''
    text = `本次评查共抽取案卷${h.sampled}件${population}，已完成评查${h.evaluated}件。`
  } else {
    const sampling = h.closed !== null && h.samplingRate !== null ? `；同期结案${h.closed}件，其中${h.sampled}件已被抽查，抽查比例为${formatPercent(h.samplingRate)}` : ''
    text = `${name}共完成案卷评查${h.evaluated}件${sampling}。`
  }
  const open = [h.open > 0 ? `${h.open}份评查记录尚未提交` : '', h.awaitingAdjudication > 0 ? `${h.awaitingAdjudication}件双人评查案卷待组长裁定` : ''].filter(Boolean)
  return open.length ? `${text}另有${open.join('，')}，未计入本通报。` : text
}

/** The average against the previous period, the grades, the rates and the vetoes. */
function scores(scope: StatisticsScope, report: StatisticsReport): string {
  const h = report.headline
  if (h.evaluated === 0 || h.average === null) return '本期暂无完成评查的案卷，评查结果待评查完成后另行通报。'
  const previousName = scope.kind === 'campaign' && report.previous ? `上次评查（${report.previous.label}）` : '上期'
  const delta = change(h.average, report.previousHeadline?.average)
  const trend = delta === null ? '' : delta === 0 ? `，与${previousName}持平` : `，较${previousName}${delta > 0 ? '提高' : '下降'}${formatScore(Math.abs(delta))}分`
  const g = h.grades
  const rates = [h.excellentGoodRate !== null ? `优良率${formatPercent(h.excellentGoodRate)}` : '', h.passRate !== null ? `合格率${formatPercent(h.passRate)}` : ''].filter(Boolean).join('，')
  const vetoes = h.vetoed > 0 ? `；不合格案卷中有${h.vetoed}件存在否决项，直接评定为不合格` : ''
  return `评查案卷平均得分${formatScore(h.average)}分${trend}。其中优秀${g.excellent}件、良好${g.good}件、合格${g.pass}件、不合格${g.fail}件${rates ? `，${rates}` : ''}${vetoes}。`
}

function rankingRows(report: StatisticsReport): BulletinRankingRow[] {
  return report.squads
    .filter((s) => s.rank !== null)
    .map((s) => ({
      rank: s.rank,
      squadName: s.squadName,
      cases: s.cases,
      average: s.average,
      excellent: s.grades.excellent,
      good: s.grades.good,
      pass: s.grades.pass,
      fail: s.grades.fail,
      passRate: s.passRate,
      vetoed: s.vetoed,
    }))
}

/** Who leads and who trails, who moved two places or more, who has failed cases. */
function rankingNote(report: StatisticsReport): string {
  const ranked = report.squads.filter((s) => s.rank !== null && s.average !== null)
  const parts: string[] = []
  const first = ranked[0]
  const last = ranked.at(-1)
  if (first && last && first.rank !== last.rank) {
    parts.push(`${first.squadName}平均分最高（${formatScore(first.average!)}分），${last.squadName}平均分最低（${formatScore(last.average!)}分）`)
  }
  const up = ranked.filter((s) => (s.rankChange ?? 0) >= 2).map((s) => `${s.squadName}上升${s.rankChange}位`)
  const down = ranked.filter((s) => (s.rankChange ?? 0) <= -2).map((s) => `${s.squadName}下降${-s.rankChange!}位`)
  if (up.length || down.length) parts.push(`与上期相比，${[...up, ...down].join('、')}`)
  const failing = ranked.filter((s) => s.grades.fail > 0).map((s) => `${s.squadName}${s.grades.fail}件`)
  if (failing.length) parts.push(`不合格案卷分布在${failing.join('、')}`)
  return parts.length ? `${parts.join('；')}。` : ''
}

/** 一、总体情况: the headline figures and the squads' ranking table. */
export function overviewSection(scope: StatisticsScope, report: StatisticsReport, name: string): Overview {
  const paragraphs: BulletinParagraph[] = [
    { heading: '', text: coverage(scope, report, name) },
    { heading: '', text: scores(scope, report) },
  ]
  const ranking = rankingRows(report)
  return {
    heading: '总体情况',
    paragraphs,
    rankingIntro: ranking.length ? '各中队评查情况见下表（按平均分排名）：' : '',
    ranking,
    rankingNote: rankingNote(report),
  }
}
