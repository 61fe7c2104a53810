import { statisticsScope, type StatisticsScope } from '../../contract/statistics'
import { PERIOD_KINDS, type PeriodKind } from './period'

/** A scope in one word for an address: campaign:12, month:2023:12, year:2023:1. */
export function scopeParam(scope: StatisticsScope): string {
  return scope.kind === 'campaign' ? `campaign:${scope.campaignId}` : `${scope.period}:${scope.year}:${scope.index}`
}

/** The scope an address names, or null when it names none (a typing slip, an old link). */
export function parseScopeParam(value: string | null | undefined): StatisticsScope | null {
  const parts = (value ?? '').split(':')
  const number = (s: string | undefined) => (s !== undefined && /^\d{1,9}$/.test(s) ? Number(s) : NaN)
  const [kind = '', first, second] = parts
  let candidate: unknown = null
  if (kind === 'campaign' && parts.length === 2) candidate = { kind: 'campaign', campaignId: number(first) }
  else if ((PERIOD_KINDS as readonly string[]).includes(kind) && parts.length === 3)
    candidate = { kind: 'period', period: kind as PeriodKind, year: number(first), index: number(second) }
  const parsed = statisticsScope.safeParse(candidate)
  return parsed.success ? parsed.data : null
}
