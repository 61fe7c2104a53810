import type { StatisticsReport, StatisticsScope } from '../../contract/statistics'
import type { BulletinContent } from '../../contract/bulletin'
import { addDays } from './format'
import { nextStepsSection } from './next-steps'
import { overviewSection } from './overview'
import { problemsSection } from './problems'
import { rectificationSection, type FollowUpRepeat } from './rectification'
import { bulletinTitle, scopeName } from './scope'
import { typicalCases, type TypicalSource } from './typical'

/** Days the squads get to put the problems right, counted from the bulletin's date. */
export const RECTIFICATION_DAYS = 15

export interface BulletinInput {
  scope: StatisticsScope
  report: StatisticsReport
  typical: readonly TypicalSource[]
  /** Who issues the bulletin: named in the text and signed at its end. */
  issuingUnit: string
  /** The bulletin's date, YYYY-MM-DD. */
  today: string
  /** When the text is generated (ISO instant). */
  now: string
  /** Problems a 回头看 found again, named first in their squad's 整改要求. */
  repeats?: readonly FollowUpRepeat[]
}

/** The opening: why the evaluation was held and what follows. */
function opening(scope: StatisticsScope, name: string, unit: string): string {
  const why = '为进一步规范执法办案行为，提升执法案卷质量，根据年度执法监督工作计划，'
  return scope.kind === 'campaign'
    ? `${why}${unit}组织开展了${name}。现将评查情况通报如下：`
    : `${why}${unit}对${name}完成评查的执法案卷进行了汇总分析。现将有关情况通报如下：`
}

/** A monthly bulletin is numbered by its month; others start at 1 (the lead sets the number). */
function defaultSerial(scope: StatisticsScope): number {
  return scope.kind === 'period' && scope.period === 'month' ? scope.index : 1
}

/** The bulletin's text generated from the statistics, ready to be edited before export. */
export function generateBulletin(input: BulletinInput): BulletinContent {
  const { scope, report, issuingUnit: unit, today } = input
  const name = scopeName(scope, report.scope.label)
  return {
    title: bulletinTitle(scope, report.scope.label),
    serial: defaultSerial(scope),
    addressee: '各中队：',
    opening: opening(scope, name, unit),
    overview: overviewSection(scope, report, name),
    problems: problemsSection(report, typicalCases(input.typical), true),
    rectification: rectificationSection(report, unit, addDays(today, RECTIFICATION_DAYS), input.repeats),
    nextSteps: nextStepsSection(unit),
    closing: '特此通报。',
    issuedOn: today,
    basis: { evaluated: report.headline.evaluated, average: report.headline.average, generatedAt: input.now },
  }
}

/** The statistics moved since the text was generated: more or fewer results, another average. */
export function isStale(content: BulletinContent, report: StatisticsReport): boolean {
  return content.basis.evaluated !== report.headline.evaluated || content.basis.average !== report.headline.average
}
