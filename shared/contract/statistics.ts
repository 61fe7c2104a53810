import { z } from 'zod'
import { method, domain } from './define'
import { id } from './common'
import { PERIOD_KINDS, periodsPerYear } from '../domain/statistics/period'

const gradeCounts = z.object({ excellent: z.number().int(), good: z.number().int(), pass: z.number().int(), fail: z.number().int() })
const share = z.number().nullable()

export const statisticsScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('campaign'), campaignId: id }),
  z
    .object({ kind: z.literal('period'), period: z.enum(PERIOD_KINDS), year: z.number().int().min(2000).max(2100), index: z.number().int().min(1).max(12) })
    // Month 1–12, quarter 1–4, half 1–2, year 1.
    .refine((p) => p.index <= periodsPerYear(p.period), { message: 'no such period in a year', path: ['index'] }),
])
export type StatisticsScope = z.output<typeof statisticsScope>

const headline = z.object({
  evaluated: z.number().int(),
  sampled: z.number().int(),
  closed: z.number().int().nullable(),
  samplingRate: share,
  average: z.number().nullable(),
  excellentGoodRate: share,
  passRate: share,
  vetoed: z.number().int(),
  grades: gradeCounts,
  open: z.number().int(),
  awaitingAdjudication: z.number().int(),
})
export type StatisticsHeadline = z.output<typeof headline>

/** What the statistics cover: a campaign, or a period's first and last day. */
const scopeInfo = z.object({ label: z.string(), campaignId: id.nullable(), from: z.string().nullable(), to: z.string().nullable() })

const squadShare = z.object({ squadName: z.string(), cases: z.number().int() })
const problem = { cases: z.number().int(), share, pointsLost: z.number(), squads: z.array(squadShare) }
const itemRef = { rubricId: id, rubricName: z.string(), itemId: z.string(), title: z.string(), titleEn: z.string() }

/** One month of the trend (YYYY-MM): the results reached in it; a month without any has null average and rates. */
const month = z.object({ month: z.string(), cases: z.number().int(), average: z.number().nullable(), excellentGoodRate: share, passRate: share, vetoed: z.number().int() })

const repeat = z.object({ by: z.enum(['squad', 'officer']), ownerId: id, ownerName: z.string(), ...itemRef, cases: z.number().int() })

export const statisticsReport = z.object({
  scope: scopeInfo,
  /** The period of the same length before, or the previous campaign of the same kind; null if none. */
  previous: scopeInfo.nullable(),
  headline,
  previousHeadline: headline.nullable(),
  squads: z.array(
    z.object({
      squadId: id,
      squadName: z.string(),
      rank: z.number().int().nullable(),
      cases: z.number().int(),
      average: z.number().nullable(),
      grades: gradeCounts,
      passRate: share,
      vetoed: z.number().int(),
      previousRank: z.number().int().nullable(),
      previousAverage: z.number().nullable(),
      rankChange: z.number().int().nullable(),
      averageChange: z.number().nullable(),
    }),
  ),
  officers: z.array(
    z.object({ officerId: id, officerName: z.string(), squadName: z.string(), cases: z.number().int(), average: z.number().nullable(), problems: z.number().int(), pointsLost: z.number() }),
  ),
  categories: z.array(z.object({ category: z.string(), ...problem })),
  items: z.array(z.object({ ...itemRef, category: z.string(), ...problem })),
  repeats: z.array(repeat),
  /** The twelve months up to the end of the scope, and the repeat problems within them. */
  rolling: z.object({ from: z.string(), to: z.string() }),
  rollingRepeats: z.array(repeat),
  /**
   * The monthly trend: a campaign's months from its first result to its last; a quarter's, half's
   * or year's months; for a month, the twelve months up to it.
   */
  months: z.array(month),
})
export type StatisticsReport = z.output<typeof statisticsReport>

export const statisticsContract = domain('statistics', {
  /**
   * 统计与讲评 for a campaign or a period. Only submitted evaluations count (a double-reviewed
   * case by its campaign result); a period holds the results reached in it.
   */
  report: method(statisticsScope, statisticsReport),
})
