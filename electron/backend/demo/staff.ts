import type { NameBook } from './names'
import type { DemoOfficer, DemoSquad } from './types'
import { SQUADS } from './vocabulary'

/** Officers per squad: the mobile squad and the busy street squads are larger. */
const OFFICERS_PER_SQUAD: Record<string, number> = {
  jidong: 6, xiayang: 4, yingpu: 4, xianghuaqiao: 3, zhaoxiang: 3, xujing: 4,
  huaxin: 3, chonggu: 3, baihe: 3, zhujiajiao: 4, liantang: 3, jinze: 3,
}

/** The planted defect: two officers whose enforcement certificates have lapsed. */
export const UNCERTIFIED_OFFICER_KEYS = ['yingpu-04', 'zhujiajiao-04']

export function buildSquads(): DemoSquad[] {
  return SQUADS.map(({ key, name, kind }) => ({ key, name, kind }))
}

export function buildOfficers(names: NameBook): DemoOfficer[] {
  const officers: DemoOfficer[] = []
  for (const squad of SQUADS) {
    const count = OFFICERS_PER_SQUAD[squad.key]
    if (count === undefined) throw new Error(`the demo has no officer count for squad ${squad.key}`)
    for (let n = 1; n <= count; n++) {
      const key = `${squad.key}-${String(n).padStart(2, '0')}`
      officers.push({
        key,
        name: names.person(),
        badgeNumber: `31118${squad.code}${String(100 + n * 7 + Number(squad.code) * 3).padStart(3, '0')}`,
        squadKey: squad.key,
        certified: !UNCERTIFIED_OFFICER_KEYS.includes(key),
      })
    }
  }
  return officers
}
