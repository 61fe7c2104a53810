import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { StatisticsReport, StatisticsScope } from '../../../../shared/contract/statistics'
import { allItems, type Rubric } from '../../../../shared/domain/rubric'
import { mergeFacts, type Facts } from '../../../../shared/domain/statistics/facts'
import { monthlySeries, monthRange } from '../../../../shared/domain/statistics/months'
import { categoryTable, headline, itemTable, officerTable, repeatTable, squadRanking, type Headline, type Names } from '../../../../shared/domain/statistics/summary'
import { loadRubric } from '../rubrics/load'
import { openEvaluations, sampledAndClosed } from './coverage'
import { doubleFacts } from './double'
import { singleFacts, singleRubricIds, type FactParts } from './single'
import { previousWindow, restOfRolling, rollingWindow, scopeInfo, windowOf, type Window } from './window'

/** Single- and double-review results of a window, merged; with how many cases wait for the lead. */
async function resultsOf(db: Kysely<DB>, w: Window, rubric: (id: number) => Promise<Rubric>, parts: FactParts, trend: boolean): Promise<{ facts: Facts; awaiting: number }> {
  // The problems are read through the rubrics' items and categories; the scores need none.
  const rubricIds = parts === 'scores' ? [] : await singleRubricIds(db, w)
  const rubrics = new Map(await Promise.all(rubricIds.map(async (id) => [id, await rubric(id)] as const)))
  const [single, double] = await Promise.all([singleFacts(db, w, rubrics, parts, trend), doubleFacts(db, w, rubric)])
  return { facts: mergeFacts(single, double.facts), awaiting: double.awaiting }
}

async function factsOf(db: Kysely<DB>, w: Window, rubric: (id: number) => Promise<Rubric>, parts: FactParts, trend: boolean): Promise<{ facts: Facts; headline: Headline }> {
  const [{ facts, awaiting }, coverage, open] = await Promise.all([resultsOf(db, w, rubric, parts, trend), sampledAndClosed(db, w), openEvaluations(db, w)])
  return { facts, headline: headline(facts, { ...coverage, open, awaitingAdjudication: awaiting }) }
}

async function namesOf(db: Kysely<DB>, rubric: (id: number) => Promise<Rubric>, facts: Facts): Promise<Names> {
  const [squads, officers] = await Promise.all([
    db.selectFrom('squads').select(['id', 'name']).execute(),
    db.selectFrom('officers').innerJoin('squads', 'squads.id', 'officers.squadId').select(['officers.id', 'officers.name', 'squads.name as squadName']).execute(),
  ])
  const squadName = new Map(squads.map((s) => [s.id, s.name]))
  const officerOf = new Map(officers.map((o) => [o.id, { name: o.name, squadName: o.squadName }]))
  const rubricIds = [...new Set(facts.items.map((i) => i.rubricId))]
  const items = new Map<string, { rubricName: string; title: string; titleEn: string; category: string }>()
  for (const id of rubricIds) {
    const r = await rubric(id)
    for (const i of allItems(r)) items.set(`${id}/${i.id}`, { rubricName: r.name, title: i.title, titleEn: i.titleEn, category: i.category })
  }
  return {
    squad: (id) => squadName.get(id) ?? String(id),
    officer: (id) => officerOf.get(id) ?? { name: String(id), squadName: '' },
    item: (rubricId, itemId) => items.get(`${rubricId}/${itemId}`) ?? { rubricName: '', title: itemId, titleEn: itemId, category: '' },
  }
}

/** 统计与讲评 for a campaign or a period, with the previous one of the same length beside it. */
export async function statisticsReport(db: Kysely<DB>, scope: StatisticsScope, today: Date): Promise<StatisticsReport> {
  // One load per rubric for the whole report: double-reviewed cases ask case by case.
  const loaded = new Map<number, Promise<Rubric>>()
  const rubric = (id: number) => {
    if (!loaded.has(id)) loaded.set(id, loadRubric(db, id))
    return loaded.get(id)!
  }
  const w = await windowOf(db, scope)
  const [p, rolling] = await Promise.all([previousWindow(db, w), rollingWindow(db, w, today)])
  if (rolling.kind !== 'period') throw new Error('a rolling window is a range of dates')
  // A month's trend is its twelve months; a longer period's, its own months; a campaign's, the months of its results.
  const monthTrend = w.kind === 'period' && w.period?.kind === 'month'
  // A period's rolling twelve months end with it: only the months before it are read again.
  const rest = restOfRolling(rolling, w)
  const sameAsScope = w.kind === 'period' && w.from === rolling.from && w.to === rolling.to
  const [current, previous, earlier] = await Promise.all([
    factsOf(db, w, rubric, 'all', true),
    // The previous period only gives the changes of the headline and the squad ranking.
    p ? factsOf(db, p, rubric, 'scores', false) : null,
    sameAsScope ? null : resultsOf(db, rest ?? rolling, rubric, 'problems', monthTrend),
  ])
  const rollingFacts = sameAsScope ? current.facts : rest ? mergeFacts(current.facts, earlier!.facts) : earlier!.facts
  const span = monthTrend ? rolling : w
  const months =
    span.kind === 'campaign' ? monthlySeries(current.facts.months) : monthlySeries((monthTrend ? rollingFacts : current.facts).months, monthRange(span.from.slice(0, 7), span.to.slice(0, 7)))
  const names = await namesOf(db, rubric, mergeFacts(current.facts, rollingFacts))
  const evaluated = current.headline.evaluated
  return {
    scope: scopeInfo(w),
    previous: p ? scopeInfo(p) : null,
    headline: current.headline,
    previousHeadline: previous?.headline ?? null,
    squads: squadRanking(current.facts, previous?.facts ?? null, names),
    officers: officerTable(current.facts, names),
    categories: categoryTable(current.facts, evaluated, names),
    items: itemTable(current.facts, evaluated, names),
    repeats: repeatTable(current.facts, names),
    rolling: { from: rolling.from, to: rolling.to },
    rollingRepeats: repeatTable(rollingFacts, names),
    months,
  }
}
