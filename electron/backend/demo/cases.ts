import { type DateKind, planDates, randomWorkingDay } from './case-dates'
import { assignDefects, type DefectCandidate } from './defects'
import {
  type FinePlan, SIMPLE_CAP_YUAN, fineOutsideLegalRange, fineOutsideTier, hasSeveralTiers, isMajorFine, mitigatedPlan, planFine,
} from './fines'
import { fill, zhDate, zhTime } from './format'
import type { NameBook } from './names'
import { planDocuments } from './page-plan'
import { areaFor, makeParty, siteName, vehiclePlate, violationPlace } from './parties'
import type { Random } from './random'
import { UNCERTIFIED_OFFICER_KEYS } from './staff'
import type { DemoCase, DemoDefect, DemoOfficer } from './types'
import { SOURCES, SQUADS, type SquadEntry, VIOLATIONS, type ViolationEntry } from './vocabulary'

/** How many cases of each violation the demo holds, and how many of them are simple procedure. */
const CASE_MIX: [code: string, count: number, simple: number][] = [
  ['street_vending', 10, 5], ['road_stacking', 6, 0], ['beyond_storefront', 8, 4], ['outdoor_facility', 3, 0],
  ['vending_seizure', 3, 0],
  ['muck_uncovered', 8, 0], ['muck_no_permit', 4, 0], ['muck_vehicle_marks', 5, 3], ['muck_dumping', 4, 0],
  ['vehicle_seizure', 2, 0],
  ['kitchen_waste', 8, 0], ['repair_sewage', 4, 2],
  ['unit_sorting', 6, 0], ['personal_mixing', 8, 6], ['bins_missing', 6, 0],
  ['illegal_building', 9, 0], ['demolition', 4, 0],
  ['site_sanitation', 7, 0], ['site_enclosure', 7, 0],
  ['agent_contract', 5, 0], ['agent_personal', 3, 0],
]

const HEAVY_SCENES = new Set(['truck', 'dump', 'site', 'building'])
/** Cases found before this day reach every milestone even with planted delays. */
const EARLY_UNTIL = '2023-07-31'

interface Skeleton {
  entry: ViolationEntry
  kind: DateKind
  squadKey: string
  area: SquadEntry
  partyType: 'individual' | 'organization'
  discovered: string
  costYuan: number | null
  areaSqm: number
  plan: FinePlan | null
  major: boolean
}

export interface Staff {
  officers: DemoOfficer[]
  legalReviewers: string[]
  bureauLeaders: string[]
}

function dateKind(entry: ViolationEntry, simple: boolean): DateKind {
  if (entry.caseType === 'compulsion') return entry.code === 'demolition' ? 'demolition' : 'seizure'
  return simple ? 'simple' : 'ordinary'
}

function chooseSquad(entry: ViolationEntry, random: Random): string {
  const mobileShare = entry.domain === 'muck_transport' ? 0.6 : 0.08
  if (random.chance(mobileShare)) return 'jidong'
  return random.pick(SQUADS.filter((s) => s.kind !== 'mobile')).key
}

function buildSkeletons(random: Random): Skeleton[] {
  const skeletons: Skeleton[] = []
  for (const [code, count, simpleCount] of CASE_MIX) {
    const entry = VIOLATIONS.find((v) => v.code === code)
    if (!entry) throw new Error(`unknown violation ${code}`)
    for (let n = 0; n < count; n++) {
      const kind = dateKind(entry, n < simpleCount)
      const squadKey = chooseSquad(entry, random)
      const partyType = random.pick(entry.partyTypes)
      const areaSqm = HEAVY_SCENES.has(entry.scene) && entry.scene !== 'truck' ? random.int(20, 400) : random.int(2, 30)
      const costYuan = entry.costPercent ? Math.round((areaSqm * random.int(800, 1500)) / 10000) * 10000 + 20000 : null
      const cap = kind === 'simple' ? SIMPLE_CAP_YUAN[partyType] : null
      const plan = entry.caseType === 'penalty' ? planFine(entry, costYuan, cap, random) : null
      skeletons.push({
        entry, kind, squadKey, area: areaFor(squadKey, random), partyType, costYuan, areaSqm, plan,
        discovered: randomWorkingDay('2023-01-04', '2023-12-20', random),
        major: entry.code === 'demolition' || (plan !== null && kind === 'ordinary' && isMajorFine(partyType, plan.fineYuan)),
      })
    }
  }
  return skeletons
}

function candidate(s: Skeleton): DefectCandidate {
  const squadHasUncertified = UNCERTIFIED_OFFICER_KEYS.some((k) => k.startsWith(`${s.squadKey}-`))
  return {
    ordinaryPenalty: s.kind === 'ordinary',
    penalty: s.entry.caseType === 'penalty',
    severalTiers: hasSeveralTiers(s.entry),
    mitigable: s.entry.tiers.mitigated !== undefined,
    fixedRange: s.entry.rangeYuan !== null && s.entry.rangeYuan[0] < s.entry.rangeYuan[1],
    major: s.major,
    early: s.discovered <= EARLY_UNTIL,
    squadHasUncertified,
  }
}

function pickOfficers(squadKey: string, defects: DemoDefect[], officers: DemoOfficer[], random: Random): string[] {
  const squad = officers.filter((o) => o.squadKey === squadKey)
  const certified = squad.filter((o) => o.certified).map((o) => o.key)
  if (defects.includes('single_officer')) return [random.pick(certified)]
  if (defects.includes('uncertified_officer')) {
    const lapsed = squad.filter((o) => !o.certified).map((o) => o.key)
    return random.shuffle([random.pick(certified), random.pick(lapsed)])
  }
  return random.sample(certified, 2)
}

function buildCase(skeleton: Skeleton, defects: DemoDefect[], staff: Staff, names: NameBook, random: Random): DemoCase {
  const { entry } = skeleton
  const s = skeleton.plan && defects.includes('mitigated_without_legal_review') ? { ...skeleton, plan: mitigatedPlan(skeleton.plan, entry, random) } : skeleton
  let fineYuan = s.plan?.fineYuan ?? null
  if (s.plan && defects.includes('fine_outside_tier')) fineYuan = fineOutsideTier(s.plan, entry, random)
  if (s.plan && defects.includes('fine_outside_legal_range')) fineYuan = fineOutsideLegalRange(s.plan, random)
  const isMajor = entry.code === 'demolition' || (fineYuan !== null && s.kind === 'ordinary' && isMajorFine(s.partyType, fineYuan))

  const party = makeParty(s.partyType, entry, s.area, names, random)
  const place = violationPlace(s.area, entry.scene, names, random)
  const site = siteName(s.area, random)
  const plate = vehiclePlate(random)
  const time = zhTime(random.int(17, 34) * 30 + random.int(0, 5) * 5)
  const extras = Object.fromEntries(Object.entries(entry.extras).map(([k, list]) => [k, random.pick(list)]))
  const vars: Record<string, string> = {
    ...extras, date: zhDate(s.discovered), time, place, party: party.name, site, plate, area: String(s.areaSqm),
    volume: String(random.int(3, 30) * 10), cost: String(s.costYuan ?? 0), count: String(random.int(2, 12)),
    days: String(random.int(2, 30)), fee: String(random.int(3, 20) * 500),
  }
  const facts = fill(entry.facts, vars)
  const officerKeys = pickOfficers(s.squadKey, defects, staff.officers, random)
  const dates = planDates(s.kind, s.discovered, defects, { major: isMajor, fineYuan: fineYuan ?? 0 }, random)
  const statementMade = s.kind === 'simple' ? random.chance(0.1) : random.chance(0.35)
  const documents = planDocuments(
    { kind: s.kind, dates, defects, isMajor, statementMade, heavyEvidence: HEAVY_SCENES.has(entry.scene) },
    random,
  )
  const leader = staff.officers.find((o) => o.squadKey === s.squadKey && o.certified)
  const seized = entry.extras.seized ? random.sample(entry.extras.seized, 3) : []

  return {
    caseNumber: '',
    party: party.name,
    partyType: s.partyType,
    procedure: s.kind === 'simple' ? 'simple' : 'ordinary',
    caseType: entry.caseType,
    // Derived, not drawn: a new draw would shift every later case of the seeded demo.
    source: party.name.length % 4 === 0 ? 'complaint' : 'inspection',
    legalReviewedOn: null,
    domain: entry.domain,
    squadKey: s.squadKey,
    violation: entry.violation,
    legalBasis: entry.legalBasis,
    discretionTier: s.plan?.tier ?? null,
    penaltyFen: fineYuan === null ? null : fineYuan * 100,
    isMajor,
    officerKeys,
    ...dates,
    defects,
    documents,
    details: {
      violationCode: entry.code,
      source: s.kind === 'simple' || s.kind === 'seizure' ? SOURCES[0] : random.pick(SOURCES),
      time,
      place,
      site,
      facts,
      vars,
      party: party.details,
      interviewee: party.interviewee,
      intervieweeRole: party.intervieweeRole,
      vehiclePlate: entry.scene === 'truck' ? plate : null,
      constructionCostYuan: s.costYuan,
      seizedItems: seized,
      legalRangeFen: s.plan ? [s.plan.legalYuan[0] * 100, s.plan.legalYuan[1] * 100] : null,
      tierRangeFen: s.plan ? [s.plan.tierYuan[0] * 100, s.plan.tierYuan[1] * 100] : null,
      squadLeader: leader ? leader.name : '',
      legalReviewers: random.sample(staff.legalReviewers, 2),
      bureauLeader: random.pick(staff.bureauLeaders),
      statementMade,
      noticeNumber: null,
    },
  }
}

export function buildCases(staff: Staff, names: NameBook, random: Random): DemoCase[] {
  const skeletons = buildSkeletons(random.fork())
  const defects = assignDefects(skeletons.map(candidate), random.fork())
  const cases = skeletons.map((s, i) => buildCase(s, defects.get(i) ?? [], staff, names, random.fork()))
  return cases
}
