import type { StatisticsScope } from '../../contract/statistics'
import { toChineseNumeral } from '../statutes/numerals'

/** The key a bulletin draft is kept under: 'campaign:<id>' or '<period>:<year>:<index>'. */
export function bulletinScopeKey(scope: StatisticsScope): string {
  return scope.kind === 'campaign' ? `campaign:${scope.campaignId}` : `${scope.period}:${scope.year}:${scope.index}`
}

/** What the bulletin covers, as its title says it: 2024年3月, 2024年第一季度, 2024年上半年, 2024年度, or the campaign's name. */
export function scopeName(scope: StatisticsScope, campaignName: string): string {
  if (scope.kind === 'campaign') return campaignName
  switch (scope.period) {
    case 'month':
      return `${scope.year}年${scope.index}月`
    case 'quarter':
      return `${scope.year}年第${toChineseNumeral(scope.index)}季度`
    case 'half':
      return `${scope.year}年${scope.index === 1 ? '上' : '下'}半年`
    case 'year':
      return `${scope.year}年度`
  }
}

/** 关于2024年3月执法案卷评查情况的通报; a campaign names its own evaluation. */
export function bulletinTitle(scope: StatisticsScope, campaignName: string): string {
  const name = scopeName(scope, campaignName)
  return scope.kind === 'campaign' ? `关于${name}情况的通报` : `关于${name}执法案卷评查情况的通报`
}
