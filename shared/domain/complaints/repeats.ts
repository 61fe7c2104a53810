import type { RepeatRule } from '../../contract/complaints'
import { daysBetween } from '../calendar/iso-date'

/** What the repeat rule needs of a complaint: when it came, and the keys of its address and party (null: none given). */
export interface ComplaintKeys {
  id: number
  receivedOn: string
  addressKey: string | null
  partyKey: string | null
}

export interface RepeatFlag {
  by: 'address' | 'party'
  /** The complaints, this one among them, that make it a repeat. */
  count: number
  firstOn: string
  lastOn: string
}

/**
 * 重复诉件: complaints on the same address (or the same party) of which at least `minCount` fall
 * within `windowDays` days of each other, counting both ends (received on day 1 and day 30 is a
 * 30-day span). Every complaint in such a span is a repeat; overlapping spans join into one run,
 * whose size and dates each of its complaints reports. By address first: the same place is the
 * stronger sign that a matter was not settled.
 */
export function repeatFlags(complaints: readonly ComplaintKeys[], rule: RepeatRule): Map<number, RepeatFlag> {
  const flags = new Map<number, RepeatFlag>()
  for (const by of ['address', 'party'] as const) {
    const groups = new Map<string, ComplaintKeys[]>()
    for (const c of complaints) {
      const key = by === 'address' ? c.addressKey : c.partyKey
      if (key !== null) groups.set(key, [...(groups.get(key) ?? []), c])
    }
    for (const group of groups.values()) {
      if (group.length < rule.minCount) continue
      for (const run of runsOf(group, rule)) {
        const flag = { by, count: run.length, firstOn: run[0]!.receivedOn, lastOn: run.at(-1)!.receivedOn }
        for (const c of run) if (!flags.has(c.id)) flags.set(c.id, flag)
      }
    }
  }
  return flags
}

/** The runs of complaints that repeat: each window of `minCount` within the span is one; windows that share a complaint join. */
function runsOf(group: ComplaintKeys[], rule: RepeatRule): ComplaintKeys[][] {
  const sorted = [...group].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id - b.id)
  const runs: ComplaintKeys[][] = []
  let start = -1
  let end = -1
  for (let i = 0; i + rule.minCount - 1 < sorted.length; i++) {
    const last = i + rule.minCount - 1
    if (daysBetween(sorted[i]!.receivedOn, sorted[last]!.receivedOn) + 1 > rule.windowDays) continue
    if (i > end) {
      if (end >= 0) runs.push(sorted.slice(start, end + 1))
      start = i
    }
    end = last
  }
  if (end >= 0) runs.push(sorted.slice(start, end + 1))
  return runs
}
