import { CASE_DATE_FIELDS, type CaseDateField } from '../../../shared/contract/cases'
import { addDays, addWorkingDays, daysBetween, nextWorkingDay, subtractWorkingDays } from './calendar'
import type { Random } from './random'
import type { DemoDefect } from './types'

export type CaseDates = Record<CaseDateField, string | null>

/** The day the demo registry was "exported": later milestones have not happened yet. */
export const DEMO_AS_OF = '2024-01-31'

export type DateKind = 'ordinary' | 'simple' | 'seizure' | 'demolition'

const empty = (): CaseDates => Object.fromEntries(CASE_DATE_FIELDS.map((f) => [f, null])) as CaseDates

/** Fines are paid within 15 days of service (Penalty Law art. 67). */
function paymentDay(served: string, random: Random): string {
  const day = addWorkingDays(served, random.int(1, 8))
  return daysBetween(served, day) > 15 ? addWorkingDays(served, 1) : day
}

function ordinary(discovered: string, defects: DemoDefect[], major: boolean, random: Random): CaseDates {
  const has = (d: DemoDefect) => defects.includes(d)
  const d = empty()
  d.discoveredOn = discovered
  d.filedOn = addWorkingDays(discovered, has('late_filing') ? random.int(12, 25) : random.int(0, 4))
  let investigation = has('decision_over_90_days') ? random.int(66, 80) : random.int(8, 35)
  const toNotice = random.int(1, 4)
  const toDecision = major ? random.int(8, 15) : random.int(6, 12)
  // A clean case must stay inside the 90 days even across the autumn holiday: shorten the inquiry.
  for (;;) {
    d.investigationEndedOn = addWorkingDays(d.filedOn, investigation)
    d.notifiedOn = addWorkingDays(d.investigationEndedOn, toNotice)
    d.decidedOn = addWorkingDays(d.notifiedOn, toDecision)
    if (has('decision_over_90_days') || daysBetween(d.filedOn, d.decidedOn) <= 85) break
    investigation = Math.floor(investigation / 2)
  }
  d.servedOn = addWorkingDays(d.decidedOn, has('late_service') ? random.int(12, 20) : random.int(0, 4))
  d.executedOn = paymentDay(d.servedOn, random)
  d.closedOn = addWorkingDays(d.executedOn, random.int(2, 12))
  d.archivedOn = addWorkingDays(d.closedOn, random.int(5, 25))
  if (has('dates_out_of_order')) {
    const variant = random.pick(['served_first', 'notice_after_decision', 'closed_first'] as const)
    if (variant === 'served_first') d.servedOn = subtractWorkingDays(d.decidedOn, random.int(1, 3))
    if (variant === 'notice_after_decision') d.notifiedOn = addWorkingDays(d.decidedOn, random.int(1, 3))
    if (variant === 'closed_first') d.closedOn = subtractWorkingDays(d.executedOn, random.int(1, 3))
  }
  return d
}

function simple(discovered: string, fineYuan: number, random: Random): CaseDates {
  const d = empty()
  d.discoveredOn = discovered
  d.filedOn = discovered
  d.notifiedOn = discovered
  d.decidedOn = discovered
  d.servedOn = discovered
  // Up to 100 yuan may be collected on the spot (art. 68); larger fines go to the bank.
  d.executedOn = fineYuan <= 100 && random.chance(0.6) ? discovered : paymentDay(discovered, random)
  d.closedOn = addWorkingDays(d.executedOn, random.int(1, 8))
  d.archivedOn = addWorkingDays(d.closedOn, random.int(5, 25))
  return d
}

function seizure(discovered: string, random: Random): CaseDates {
  const d = empty()
  d.discoveredOn = discovered
  d.filedOn = discovered
  d.notifiedOn = discovered
  d.decidedOn = discovered
  d.servedOn = discovered
  d.executedOn = addWorkingDays(discovered, random.int(1, 10))
  d.closedOn = addWorkingDays(d.executedOn, random.int(2, 8))
  d.archivedOn = addWorkingDays(d.closedOn, random.int(5, 25))
  return d
}

function demolition(discovered: string, random: Random): CaseDates {
  const d = empty()
  d.discoveredOn = discovered
  d.filedOn = addWorkingDays(discovered, random.int(0, 4))
  d.investigationEndedOn = addWorkingDays(d.filedOn, random.int(10, 25))
  d.notifiedOn = addWorkingDays(d.investigationEndedOn, random.int(1, 4))
  d.decidedOn = addWorkingDays(d.notifiedOn, random.int(10, 16))
  d.servedOn = addWorkingDays(d.decidedOn, random.int(0, 3))
  d.executedOn = addWorkingDays(d.servedOn, random.int(10, 20))
  d.closedOn = addWorkingDays(d.executedOn, random.int(2, 8))
  d.archivedOn = addWorkingDays(d.closedOn, random.int(5, 20))
  return d
}

/** Milestones after the export day are not known yet; the chain stops at the first such one. */
function cutAtAsOf(d: CaseDates): CaseDates {
  let cut = false
  for (const field of CASE_DATE_FIELDS) {
    const value = d[field]
    if (value && value > DEMO_AS_OF) cut = true
    if (cut) d[field] = null
  }
  return d
}

export function planDates(
  kind: DateKind,
  discovered: string,
  defects: DemoDefect[],
  opts: { major: boolean; fineYuan: number },
  random: Random,
): CaseDates {
  const d =
    kind === 'ordinary' ? ordinary(discovered, defects, opts.major, random)
    : kind === 'simple' ? simple(discovered, opts.fineYuan, random)
    : kind === 'seizure' ? seizure(discovered, random)
    : demolition(discovered, random)
  return cutAtAsOf(d)
}

/** A working day of 2023 between from and to, for the day a violation was found. */
export function randomWorkingDay(from: string, to: string, random: Random): string {
  return nextWorkingDay(addDays(from, random.int(0, daysBetween(from, to))))
}
