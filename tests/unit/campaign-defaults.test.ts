import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import { defaultPopulationRange, proposedName } from '../../renderer/src/pages/campaigns/campaignDefaults'

const iso = (r: [dayjs.Dayjs, dayjs.Dayjs]) => r.map((d) => d.format('YYYY-MM-DD'))

describe('a new campaign’s defaults', () => {
  it('reviews the cases closed in the month before a spot check, the half-year before a centralized evaluation', () => {
    expect(iso(defaultPopulationRange('monthly', dayjs('2024-03-01')))).toEqual(['2024-02-01', '2024-02-29'])
    expect(iso(defaultPopulationRange('monthly', dayjs('2024-01-01')))).toEqual(['2023-12-01', '2023-12-31'])
    expect(iso(defaultPopulationRange('centralized', dayjs('2024-07-01')))).toEqual(['2024-01-01', '2024-06-30'])
    expect(iso(defaultPopulationRange('centralized', dayjs('2024-01-15')))).toEqual(['2023-07-01', '2023-12-31'])
  })

  it('proposes a name from the kind and the period', () => {
    expect(proposedName('monthly', dayjs('2024-03-01'), null)).toEqual({ key: 'nameMonthly', values: { year: 2024, month: 3 } })
    expect(proposedName('centralized', dayjs('2023-07-01'), [dayjs('2023-01-01'), dayjs('2023-06-30')])).toEqual({ key: 'nameCentralizedFirstHalf', values: { year: 2023 } })
    expect(proposedName('centralized', dayjs('2024-01-15'), [dayjs('2023-07-01'), dayjs('2023-12-31')])).toEqual({ key: 'nameCentralizedSecondHalf', values: { year: 2023 } })
    expect(proposedName('centralized', dayjs('2024-01-15'), [dayjs('2023-01-01'), dayjs('2023-12-31')])).toEqual({ key: 'nameCentralizedYear', values: { year: 2023 } })
    expect(proposedName('follow_up', dayjs('2024-05-06'), null).key).toBe('nameFollowUp')
  })
})
