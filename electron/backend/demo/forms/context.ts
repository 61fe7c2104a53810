import { addWorkingDays, subtractWorkingDays } from '../calendar'
import { fill, upperYuan, yuan, zhDate } from '../format'
import { createRandom, hashString, type Random } from '../random'
import type { DemoCase, DemoOfficer, DemoWorkspace } from '../types'
import { BUREAU, LABEL, PUNCT, TEXT, TIER_REASONS, VIOLATIONS, type ViolationEntry } from '../vocabulary'

/** Everything the forms print about one case, worked out once so every page agrees. */
export interface CaseContext {
  c: DemoCase
  entry: ViolationEntry
  squadName: string
  officers: DemoOfficer[]
  /** The first officer, who leads the case, and the last, who writes its records (one officer may be both). */
  handler: DemoOfficer
  recorder: DemoOfficer
  /** The first of the case's legal reviewers. */
  legalReviewer: string
  officerNames: string
  officersWithBadges: string
  bureau: string
  fine: string | null
  sanction: string
  tierReason: string
  /** Who checks the finished file: the squad leader, unless he handled the case himself. */
  checker: string
  /** ISO dates of the documents that are not registry milestones. */
  statementOn: string | null
  legalReviewOn: string | null
  collectiveOn: string | null
  /** Cosmetic choices (photo shapes, clock times) seeded by the case number. */
  random: Random
  zh(iso: string | null | undefined): string
}

export function caseContext(c: DemoCase, ws: DemoWorkspace): CaseContext {
  const entry = VIOLATIONS.find((v) => v.code === c.details.violationCode)
  if (!entry) throw new Error(`unknown violation ${c.details.violationCode}`)
  const squad = ws.squads.find((s) => s.key === c.squadKey)
  const officers = c.officerKeys.map((k) => {
    const o = ws.officers.find((x) => x.key === k)
    if (!o) throw new Error(`unknown officer ${k}`)
    return o
  })
  const [handler] = officers
  const recorder = officers.at(-1)
  if (!handler || !recorder) throw new Error(`case ${c.caseNumber} has no officers`)
  const [legalReviewer] = c.details.legalReviewers
  if (legalReviewer === undefined) throw new Error(`case ${c.caseNumber} has no legal reviewer`)
  const fine = c.penaltyFen === null ? null : fill(LABEL.fine, { amount: yuan(c.penaltyFen) }) + fill(LABEL.fineUpper, { upper: upperYuan(c.penaltyFen) })
  let sanction: string
  if (entry.code === 'demolition') sanction = fill(TEXT.sanctionDemolition, { place: c.details.place })
  else if (entry.code === 'vending_seizure') sanction = TEXT.sanctionSeizure
  else if (entry.code === 'vehicle_seizure') sanction = TEXT.sanctionVehicle
  else sanction = fill(TEXT.orderAnd, { order: entry.order, fine: fine ?? '' })
  const decided = c.decidedOn
  const notified = c.notifiedOn
  const clamp = (iso: string) => (notified && iso < notified ? notified : iso)
  return {
    c,
    entry,
    squadName: squad?.name ?? '',
    officers,
    handler,
    recorder,
    legalReviewer,
    officerNames: officers.map((o) => o.name).join(PUNCT.list),
    officersWithBadges: officers.map((o) => `${o.name}${PUNCT.open}${o.badgeNumber}${PUNCT.close}`).join(PUNCT.list),
    bureau: BUREAU,
    fine,
    sanction,
    tierReason: c.discretionTier && c.discretionTier in TIER_REASONS ? TIER_REASONS[c.discretionTier as keyof typeof TIER_REASONS] : '',
    checker: checkerOf(c, ws, officers, legalReviewer),
    statementOn: notified ? addWorkingDays(notified, 2) : null,
    legalReviewOn: decided ? clamp(subtractWorkingDays(decided, 2)) : null,
    collectiveOn: decided ? clamp(subtractWorkingDays(decided, 1)) : null,
    random: createRandom(hashString(c.caseNumber)),
    zh: (iso) => (iso ? zhDate(iso) : ''),
  }
}

function checkerOf(c: DemoCase, ws: DemoWorkspace, handlers: DemoOfficer[], legalReviewer: string): string {
  if (!handlers.some((o) => o.name === c.details.squadLeader)) return c.details.squadLeader
  const other = ws.officers.find((o) => o.squadKey === c.squadKey && o.certified && !handlers.includes(o))
  return other ? other.name : legalReviewer
}
