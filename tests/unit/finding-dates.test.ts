import { describe, expect, it } from 'vitest'
import { longDate } from '../../shared/format/date'
import { deadlineText } from '../../shared/i18n/finding-text'
import type { DeadlineFinding } from '../../shared/domain/deadlines'

describe('dates in finding text read as prose in the reviewer’s language', () => {
  it.each([
    ['2023-10-09', '2023年10月9日', '9 Oct 2023'],
    ['2024-01-05', '2024年1月5日', '5 Jan 2024'],
    ['2023-12-31', '2023年12月31日', '31 Dec 2023'],
    ['2024-01-01', '2024年1月1日', '1 Jan 2024'],
    ['2024-02-29', '2024年2月29日', '29 Feb 2024'],
    ['2024-10-01T08:30:00Z', '2024年10月1日', '1 Oct 2024'],
  ])('%s → %s / %s', (iso, zh, en) => {
    expect(longDate(iso, 'zh-CN')).toBe(zh)
    expect(longDate(iso, 'en')).toBe(en)
  })

  it('leaves a value that is not a date as it is', () => {
    expect(longDate('2023/10/09', 'zh-CN')).toBe('2023/10/09')
  })
})

const late: DeadlineFinding = {
  check: 'service_time_limit', rule: 'service', status: 'overdue',
  trigger: { field: 'decidedOn', date: '2023-12-22' }, actualField: 'servedOn', actualDate: '2024-01-03',
  dueDate: '2023-12-29', daysOver: 3, unit: 'working_days', limit: { days: 7, kind: 'working', extensionDays: 0 },
  article: '《行政处罚法》第六十一条', basis: 'statute', unknownYears: [],
}

describe('deadline findings print their dates in words', () => {
  it.each([
    ['zh-CN', '送达决定书超期：应于2023年12月29日前完成，实际2024年1月3日，超期3个工作日（期限7个工作日，《行政处罚法》第六十一条）', late],
    ['en', 'Service of the decision overdue: due by 29 Dec 2023, done 3 Jan 2024, 3 working days late (limit 7 working days, 《行政处罚法》第六十一条)', late],
    ['zh-CN', '送达决定书超期：应于2023年12月29日前完成，实际未完成，超期3个工作日（期限7个工作日，《行政处罚法》第六十一条）', { ...late, actualDate: null }],
    ['zh-CN', '送达决定书未超期：应于2023年12月29日前完成，实际2023年12月28日（期限7个工作日）', { ...late, status: 'ok', actualDate: '2023-12-28', daysOver: 0 }],
    ['en', 'Service of the decision in time: due by 29 Dec 2023, done 28 Dec 2023 (limit 7 working days)', { ...late, status: 'ok', actualDate: '2023-12-28', daysOver: 0 }],
    ['zh-CN', '送达决定书：缺少2024年节假日安排，到期日2023年12月29日仅供参考', { ...late, status: 'calendar_unknown', daysOver: null, unknownYears: [2024] }],
    ['en', 'Service of the decision: the holiday calendar for 2024 is missing; due date 29 Dec 2023 is provisional', { ...late, status: 'calendar_unknown', daysOver: null, unknownYears: [2024] }],
    ['en', 'Service of the decision: the holiday calendar for 2024 is missing; due date — is provisional', { ...late, status: 'calendar_unknown', dueDate: null, daysOver: null, unknownYears: [2024] }],
  ] as const)('%s: %s', (locale, expected, finding) => {
    expect(deadlineText(finding as DeadlineFinding, locale)).toBe(expected)
  })
})
