import type { ComplaintSource } from '../../../shared/contract/complaints'
import { addDays, addWorkingDays } from './calendar'
import { DEMO_AS_OF } from './case-dates'
import { fill } from './format'
import { areaFor, streetAddress } from './parties'
import { createRandom, type Random } from './random'
import { AV_STORAGE, COMPLAINT_MATTERS, COMPLAINT_PARTIES, REGISTER_NUMBERS } from './record-vocabulary'
import type { DemoWorkspace } from './types'
import { BRANDS } from './vocabulary'

export interface DemoAvRecord {
  recordNumber: string
  recordedOn: string
  squadKey: string
  officerKeys: string[]
  caseNumber: string
  durationSeconds: number
  storage: string
}

export interface DemoComplaint {
  ticketNumber: string
  source: ComplaintSource
  receivedOn: string
  subject: string
  address: string
  party: string
  squadKey: string
  result: string
  closedOn: string | null
  repliedOn: string | null
}

const YEAR = '2023'
const serial = (n: number, width: number) => String(n).padStart(width, '0')
const dayOfYear = (random: Random) => addDays(`${YEAR}-01-01`, random.int(0, 364))

/** The recordings of the year: one or two per case (its officers, its number), and patrols without a case. */
function avRecords(ws: DemoWorkspace, random: Random): DemoAvRecord[] {
  const out: Omit<DemoAvRecord, 'recordNumber'>[] = []
  const storage = (on: string) => fill(random.pick(AV_STORAGE), { y: on.slice(0, 4), m: on.slice(5, 7) })
  for (const c of ws.cases) {
    const dates = [c.discoveredOn, ...(random.chance(0.4) && c.notifiedOn ? [c.notifiedOn] : [])].filter((d): d is string => !!d && d.startsWith(YEAR))
    for (const on of dates) out.push({ recordedOn: on, squadKey: c.squadKey, officerKeys: c.officerKeys, caseNumber: c.caseNumber, durationSeconds: random.int(180, 2400), storage: storage(on) })
  }
  // Patrols: most officers, not all; the plan wants every frontline officer covered by the reviews.
  for (const o of ws.officers) {
    for (let i = random.int(0, 3); i > 0; i--) {
      const on = dayOfYear(random)
      out.push({ recordedOn: on, squadKey: o.squadKey, officerKeys: [o.key], caseNumber: '', durationSeconds: random.int(60, 1800), storage: storage(on) })
    }
  }
  out.sort((a, b) => a.recordedOn.localeCompare(b.recordedOn))
  return out.map((r, i) => ({ ...r, recordNumber: fill(REGISTER_NUMBERS.avRecord, { y: YEAR, n: serial(i + 1, 4) }) }))
}

/** One complaint's handling: closed within days, replied a little later; one received late in the year may still be open. */
function handled(receivedOn: string, random: Random, matter: (typeof COMPLAINT_MATTERS)[number]) {
  const closedOn = addWorkingDays(receivedOn, random.int(1, 12))
  if (closedOn > DEMO_AS_OF || random.chance(0.03)) return { result: '', closedOn: null, repliedOn: null }
  return { result: matter.result, closedOn, repliedOn: addWorkingDays(closedOn, random.int(0, 4)) }
}

/** The year's tickets: spread over the squads, with a few addresses complained of again and again (重复投诉). */
function complaints(ws: DemoWorkspace, random: Random): DemoComplaint[] {
  const squads = ws.squads.filter((s) => s.kind !== 'mobile')
  const out: Omit<DemoComplaint, 'ticketNumber'>[] = []
  const source = (): ComplaintSource => (random.chance(0.8) ? 'hotline' : random.chance(0.6) ? 'petition' : 'other')
  const party = () => (random.chance(0.5) ? fill(random.pick(COMPLAINT_PARTIES), { brand: random.pick(BRANDS) }) : '')
  for (let i = 0; i < 220; i++) {
    const squad = random.pick(squads)
    const matter = random.pick(COMPLAINT_MATTERS)
    const receivedOn = dayOfYear(random)
    out.push({ source: source(), receivedOn, subject: matter.subject, address: streetAddress(areaFor(squad.key, random), random), party: party(), squadKey: squad.key, ...handled(receivedOn, random, matter) })
  }
  // Six sites that keep the hotline busy: three to five tickets each within a few months.
  for (let i = 0; i < 6; i++) {
    const squad = random.pick(squads)
    const matter = random.pick(COMPLAINT_MATTERS)
    const address = streetAddress(areaFor(squad.key, random), random)
    const who = party()
    let on = dayOfYear(random)
    for (let n = random.int(3, 5); n > 0 && on.startsWith(YEAR); n--, on = addDays(on, random.int(5, 40))) {
      out.push({ source: source(), receivedOn: on, subject: matter.subject, address, party: who, squadKey: squad.key, ...handled(on, random, matter) })
    }
  }
  out.sort((a, b) => a.receivedOn.localeCompare(b.receivedOn))
  return out.map((c, i) => ({ ...c, ticketNumber: fill(REGISTER_NUMBERS.complaint, { y: YEAR, n: serial(i + 1, 5) }) }))
}

/** The demo's A/V and complaint registers for its cases and officers: deterministic for a seed. */
export function buildDemoRegisters(ws: DemoWorkspace, seed: number) {
  const random = createRandom(seed)
  return { avRecords: avRecords(ws, random.fork()), complaints: complaints(ws, random.fork()) }
}
