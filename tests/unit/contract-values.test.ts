import { describe, expect, it } from 'vitest'
import { isoDate, visibleText } from '../../shared/contract/common'
import { campaignsContract } from '../../shared/contract/campaigns'
import { parseDate } from '../../shared/domain/imports/values'

describe('isoDate', () => {
  it('takes real dates of the sane years only', () => {
    for (const ok of ['2024-02-29', '1990-01-01', '2100-12-31']) expect(isoDate.safeParse(ok).success).toBe(true)
    for (const bad of ['2023-02-29', '2023-02-30', '2023-13-01', '2023-00-10', '0000-01-01', '1989-12-31', '2101-01-01', '2023-1-1']) {
      expect(isoDate.safeParse(bad).success).toBe(false)
    }
  })

  it('bounds a campaign’s period too', () => {
    const create = campaignsContract['campaigns.create'].input
    const issues = create.safeParse({ name: '2023年2月抽查', startsOn: '2023-02-30' }).error?.issues ?? []
    expect(issues.some((i) => i.path.join('.') === 'startsOn')).toBe(true)
  })

  it('matches what a register import accepts, so an imported date is always one the contract takes', () => {
    expect(parseDate('1989-12-31')).toEqual({ ok: false })
    expect(parseDate('2101-01-01')).toEqual({ ok: false })
    expect(parseDate(1)).toEqual({ ok: false }) // Excel day 1 is 1900-01-01
    expect(parseDate('1990-01-01')).toEqual({ ok: true, value: '1990-01-01' })
  })
})

describe('visibleText', () => {
  it('removes invisible characters, trims, and needs one visible character within the bound', () => {
    const name = visibleText(5)
    expect(name.parse(' \u200B张伟\u2060 ')).toBe('张伟')
    for (const bad of ['', '   ', '\u200B\u200C\u200D\uFEFF\u2060', '123456', 'x'.repeat(1_900_000)]) expect(name.safeParse(bad).success).toBe(false)
  })
})
