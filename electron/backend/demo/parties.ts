import type { NameBook } from './names'
import type { Random } from './random'
import type { DemoPartyDetails } from './types'
import {
  ADDRESS, AGENT_ROLES_GENERIC, COMMUNITY_SUFFIXES, CROSSING, DISTRICT, OTHER_DISTRICTS, PLACE_SUFFIXES, PLATE_PROVINCES,
  SITE_KINDS, SQUADS, type SquadEntry, type ViolationEntry,
} from './vocabulary'
import { fill } from './format'

const ID_PREFIXES = ['310118', '310229', '310229', '320583', '341222', '413026', '510922', '362321']
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'

export interface Party {
  name: string
  details: DemoPartyDetails
  interviewee: string
  intervieweeRole: string | null
}

/** The mobile squad works the whole district, so its cases borrow a street or town's map. */
export function areaFor(squadKey: string, random: Random): SquadEntry {
  const own = SQUADS.find((s) => s.key === squadKey)
  if (own && own.kind !== 'mobile') return own
  return random.pick(SQUADS.filter((s) => s.kind !== 'mobile'))
}

export function streetAddress(area: SquadEntry, random: Random): string {
  return `${area.area}${random.pick(area.roads)}${fill(ADDRESS.number, { n: random.int(1, 999) })}`
}

export function violationPlace(area: SquadEntry, scene: string, names: NameBook, random: Random): string {
  const road = random.pick(area.roads)
  switch (scene) {
    case 'truck': {
      const other = random.pick(area.roads.filter((r) => r !== road))
      return `${area.area}${road}${CROSSING.join}${other}${CROSSING.suffix}`
    }
    case 'dump':
    case 'building':
      return `${area.area}${random.pick(area.villages)}${fill(ADDRESS.group, { g: random.int(1, 12), n: random.int(1, 120) })}`
    case 'bins':
      return `${area.area}${names.brand()}${random.pick(COMMUNITY_SUFFIXES)}`
    default:
      return `${streetAddress(area, random)}${random.pick(PLACE_SUFFIXES)}`
  }
}

export function siteName(area: SquadEntry, random: Random): string {
  return `${area.area}${random.pick(area.roads)}${random.pick(SITE_KINDS)}`
}

export function vehiclePlate(random: Random): string {
  const province = random.pick(PLATE_PROVINCES)
  let tail = ''
  for (let i = 0; i < 5; i++) tail += i === 1 && random.chance(0.4) ? random.pick([...PLATE_LETTERS]) : String(random.int(0, 9))
  return `${province}${random.pick(['D', 'F', 'B', 'E', 'G'])}${tail}`
}

function maskedId(random: Random): string {
  const year = random.int(1962, 2001)
  const check = random.chance(0.1) ? 'X' : String(random.int(0, 9))
  return `${random.pick(ID_PREFIXES)}${year}****${random.int(100, 999)}${check}`
}

function creditCode(random: Random): string {
  let body = ''
  for (let i = 0; i < 9; i++) body += random.pick([...CREDIT_CHARS])
  return `91310118${body}${random.pick([...CREDIT_CHARS])}`
}

function maskedPhone(random: Random): string {
  return `1${random.pick(['3', '5', '8'])}${random.int(0, 9)}****${String(random.int(0, 9999)).padStart(4, '0')}`
}

function homeAddress(area: SquadEntry, random: Random): string {
  if (random.chance(0.15)) return `${random.pick(OTHER_DISTRICTS)}${random.pick(area.roads)}${fill(ADDRESS.number, { n: random.int(1, 600) })}`
  if (random.chance(0.4)) {
    return `${DISTRICT}${area.area}${random.pick(area.villages)}${fill(ADDRESS.group, { g: random.int(1, 12), n: random.int(1, 120) })}`
  }
  const lane = fill(ADDRESS.lane, { n: random.int(1, 800), m: random.int(1, 60), room: random.int(101, 1802) })
  return `${DISTRICT}${area.area}${random.pick(area.roads)}${lane}`
}

export function makeParty(
  kind: 'individual' | 'organization',
  violation: ViolationEntry,
  area: SquadEntry,
  names: NameBook,
  random: Random,
): Party {
  if (kind === 'individual') {
    const name = names.person()
    return {
      name,
      details: { address: homeAddress(area, random), idNumber: maskedId(random), legalRepresentative: null, phone: maskedPhone(random) },
      interviewee: name,
      intervieweeRole: null,
    }
  }
  const roles = violation.agentRoles.length > 0 ? violation.agentRoles : AGENT_ROLES_GENERIC
  return {
    name: names.organization(violation.orgSuffixes),
    details: {
      address: `${DISTRICT}${streetAddress(area, random)}`,
      idNumber: creditCode(random),
      legalRepresentative: names.person(),
      phone: maskedPhone(random),
    },
    interviewee: names.person(),
    intervieweeRole: random.pick(roles),
  }
}
