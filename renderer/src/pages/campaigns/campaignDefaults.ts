import dayjs, { type Dayjs } from 'dayjs'
import type { CAMPAIGN_KINDS } from '../../../../shared/contract/campaigns'

export type CampaignKind = (typeof CAMPAIGN_KINDS)[number]

/**
 * The cases a campaign held in `month` usually reviews: those closed in the month before; a
 * centralized evaluation reviews the half-year before.
 */
export function defaultPopulationRange(kind: CampaignKind, month: Dayjs): [Dayjs, Dayjs] {
  if (kind === 'centralized') {
    const firstHalf = month.month() < 6
    const year = firstHalf ? month.year() - 1 : month.year()
    const start = dayjs(new Date(year, firstHalf ? 6 : 0, 1))
    return [start, start.add(5, 'month').endOf('month').startOf('day')]
  }
  const previous = month.subtract(1, 'month')
  return [previous.startOf('month'), previous.endOf('month').startOf('day')]
}

/** The parts of a proposed name: which i18n template and its values. */
type NameKey = 'nameMonthly' | 'nameCentralized' | 'nameCentralizedYear' | 'nameCentralizedFirstHalf' | 'nameCentralizedSecondHalf' | 'nameSpecial' | 'nameFollowUp'

export function proposedName(kind: CampaignKind, periodStart: Dayjs, population: [Dayjs, Dayjs] | null): { key: NameKey; values: Record<string, number> } {
  const year = periodStart.year()
  const month = periodStart.month() + 1
  if (kind === 'centralized' && population) {
    const [from, to] = population
    const sameYear = from.year() === to.year()
    if (sameYear && from.month() === 0 && from.date() === 1 && to.month() === 11 && to.date() === 31) return { key: 'nameCentralizedYear', values: { year: from.year() } }
    if (sameYear && from.month() === 0 && from.date() === 1 && to.month() === 5 && to.date() === 30) return { key: 'nameCentralizedFirstHalf', values: { year: from.year() } }
    if (sameYear && from.month() === 6 && from.date() === 1 && to.month() === 11 && to.date() === 31) return { key: 'nameCentralizedSecondHalf', values: { year: from.year() } }
  }
  const key = ({ monthly: 'nameMonthly', centralized: 'nameCentralized', special: 'nameSpecial', follow_up: 'nameFollowUp' } as const)[kind]
  return { key, values: { year, month } }
}

/** A fresh seed for a draw, shown and stored so the draw can be repeated. */
export const randomSeed = () => Math.floor(Math.random() * 1_000_000_000)
