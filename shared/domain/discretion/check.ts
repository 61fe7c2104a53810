import { lawKey } from '../statutes/aliases'
import { parseCitations, type Citation } from '../statutes/citation'
import {
  effectiveBaseline,
  type BaselineEntry,
  type DiscretionTable,
  type DiscretionTier,
  type FenRange,
  type PartyType,
} from './baseline'

/** What the check reads from a case (CaseFields has all but the last two). */
export interface DiscretionCaseInput {
  violation: string
  legalBasis: string
  partyType: PartyType
  discretionTier: DiscretionTier | null
  penaltyFen: number | null
  /** A baseline code when the case record carries one; matched before names and citations. */
  violationCode?: string | null
  /** Whether the file holds a legal review (法制审核) record. */
  hasLegalReview: boolean
}

export type DiscretionFinding =
  /** Nothing in the table matches by code, name or cited article. */
  | { kind: 'unknown_violation' }
  /** Several entries match the cited article and nothing else decides. */
  | { kind: 'ambiguous_violation'; candidates: string[] }
  | { kind: 'tier_missing' }
  /** The case names a tier the baseline does not define for this violation. */
  | { kind: 'tier_not_in_baseline'; tier: DiscretionTier; available: DiscretionTier[] }
  | { kind: 'amount_outside_tier'; tier: DiscretionTier; amountFen: number; tierRangeFen: FenRange }
  /**
   * A veto candidate: V6 超出法定处罚种类、幅度 (as the ordinary rubric numbers it; another rubric's
   * id, or null where it has none, once the finding is bound to a rubric). The reviewer confirms it.
   */
  | { kind: 'amount_outside_legal_range'; amountFen: number; legalRangeFen: FenRange; veto: string | null }
  /** 减轻 or 不予处罚 decided without a legal review record. */
  | { kind: 'legal_review_missing'; tier: DiscretionTier }

export type DiscretionFindingKind = DiscretionFinding['kind']

export type MatchedBy = 'code' | 'name' | 'citation'

export interface ViolationMatch {
  entry: BaselineEntry | null
  matchedBy: MatchedBy | null
  /** Codes of the entries that matched equally well when no single one did. */
  candidates: string[]
}

export interface DiscretionCheck extends ViolationMatch {
  findings: DiscretionFinding[]
}

/** Tiers that need a legal review before the decision (Shanghai practice, 行政处罚法第五十八条). */
export const TIERS_NEEDING_LEGAL_REVIEW: readonly DiscretionTier[] = ['mitigated', 'exempt']

const TIER_ORDER: readonly DiscretionTier[] = ['exempt', 'mitigated', 'lighter', 'general', 'heavier']

function normalizeName(name: string): string {
  // Registries write the 案由 with or without the trailing 案.
  return name.replace(/[\s\u3000]/g, '').replace(/案$/, '')
}

function citationKey(c: Citation, depth: 'full' | 'article'): string | null {
  if (c.law === null) return null
  const base = `${lawKey(c.law)}|${c.article}`
  return depth === 'article' ? base : `${base}|${c.paragraph ?? ''}|${c.item ?? ''}`
}

function entriesCiting(table: DiscretionTable, keys: Set<string>, depth: 'full' | 'article'): BaselineEntry[] {
  return table.entries.filter((entry) =>
    parseCitations(entry.legalBasis).some((c) => {
      const key = citationKey(c, depth)
      return key !== null && keys.has(key)
    }),
  )
}

/** Finds the baseline entry for a case: by code if given, else by exact name, else by cited article. */
export function matchViolation(
  input: Pick<DiscretionCaseInput, 'violation' | 'legalBasis' | 'violationCode'>,
  table: DiscretionTable,
): ViolationMatch {
  if (input.violationCode) {
    const entry = table.entries.find((e) => e.code === input.violationCode)
    if (entry) return { entry, matchedBy: 'code', candidates: [] }
  }

  const name = normalizeName(input.violation)
  if (name !== '') {
    const entry = table.entries.find((e) => [e.violation, ...e.aliases].some((n) => normalizeName(n) === name))
    if (entry) return { entry, matchedBy: 'name', candidates: [] }
  }

  // The case usually cites the breached provision and the penalty provision; only the latter is
  // in the table, so the breached one simply matches nothing.
  const cited = parseCitations(input.legalBasis)
  const full = new Set(cited.map((c) => citationKey(c, 'full')).filter((k): k is string => k !== null))
  let matches = entriesCiting(table, full, 'full')
  if (matches.length === 0) {
    // A citation to the whole article (第三十四条) still points at the entries under it.
    const articleOnly = cited.filter((c) => c.paragraph === undefined && c.item === undefined)
    const keys = new Set(articleOnly.map((c) => citationKey(c, 'article')).filter((k): k is string => k !== null))
    matches = entriesCiting(table, keys, 'article')
  }
  const [only] = matches
  if (only && matches.length === 1) return { entry: only, matchedBy: 'citation', candidates: [] }
  return { entry: null, matchedBy: null, candidates: matches.map((e) => e.code) }
}

const inside = (amount: number, r: FenRange) => amount >= r.minFen && amount <= r.maxFen

/**
 * Checks a case's tier and fine against the baseline. Bounds are inclusive. Findings are data;
 * the UI words them. Run it for penalty cases only: compulsion cases carry no tier or fine.
 */
export function checkDiscretion(input: DiscretionCaseInput, table: DiscretionTable): DiscretionCheck {
  const match = matchViolation(input, table)
  const findings: DiscretionFinding[] = []
  const tier = input.discretionTier
  const amount = input.penaltyFen

  if (!match.entry) {
    findings.push(
      match.candidates.length > 1 ? { kind: 'ambiguous_violation', candidates: match.candidates } : { kind: 'unknown_violation' },
    )
  }
  if (tier === null) findings.push({ kind: 'tier_missing' })

  if (match.entry) {
    const baseline = effectiveBaseline(match.entry, input.partyType)
    const band = tier === null ? undefined : baseline.tiers[tier]
    if (tier !== null && !band) {
      const available = TIER_ORDER.filter((t) => baseline.tiers[t] !== undefined)
      findings.push({ kind: 'tier_not_in_baseline', tier, available })
    }
    // 不予处罚 with no amount recorded is no fine at all.
    const checked = amount ?? (tier === 'exempt' ? 0 : null)
    if (checked !== null) {
      if (band && tier !== null) {
        const tierRangeFen = { minFen: band.minFen, maxFen: band.maxFen }
        if (!inside(checked, tierRangeFen)) findings.push({ kind: 'amount_outside_tier', tier, amountFen: checked, tierRangeFen })
      }
      const legal = baseline.legalRangeFen
      // Below the minimum is what 减轻 means (and 不予处罚 fines nothing); above the maximum never is lawful.
      const belowAllowed = tier === 'mitigated' || tier === 'exempt'
      if (checked > legal.maxFen || (checked < legal.minFen && !belowAllowed)) {
        findings.push({ kind: 'amount_outside_legal_range', amountFen: checked, legalRangeFen: legal, veto: 'V6' })
      }
    }
  }

  if (tier !== null && TIERS_NEEDING_LEGAL_REVIEW.includes(tier) && !input.hasLegalReview) {
    findings.push({ kind: 'legal_review_missing', tier })
  }
  return { ...match, findings }
}
