import type { Finding } from '../../../../shared/contract/checks'
import type { Locale } from '../../../../shared/contract/workspace'
import type { AutoCheck, Rubric } from '../../../../shared/domain/rubric'
import { allItems } from '../../../../shared/domain/rubric'
import type { DiscretionTable, DiscretionTier, PartyType } from '../../../../shared/domain/discretion/baseline'
import { effectiveBaseline } from '../../../../shared/domain/discretion/baseline'
import { checkDiscretion, type DiscretionFinding } from '../../../../shared/domain/discretion/check'
import { proposeOption } from '../../../../shared/domain/checks/proposals'
import { vetoIdFor } from '../../../../shared/domain/checks/rubric-refs'
import { discretionOkText, discretionText, fineMissingText, legalReviewUntaggedText } from '../../../../shared/i18n/finding-text'

/** The case fields the discretion check reads, as stored. */
export interface DiscretionCaseRow {
  caseType: string
  violation: string
  legalBasis: string
  partyType: string
  discretionTier: string | null
  penaltyFen: number | null
  isMajor: number
}

const LEGAL_REVIEW_DOC = '法制审核意见'
/** 应当法制审核而未审核, as the ordinary rubric numbers it. */
const LEGAL_REVIEW_VETO = 'V8'
/** The option of the default rubric's discretion item (S3.2) that a wrong tier or fine proposes. */
const DISCRETION_OPTION = 'mismatch'

type Draft = Omit<Finding, 'decision'>

/** Tier and fine against the baseline in force, and the legal review that 减轻 / 不予处罚 need. */
export function discretionFindings(row: DiscretionCaseRow, taggedTypes: string[], table: DiscretionTable, rubric: Rubric, locale: Locale): Draft[] {
  if (row.caseType !== 'penalty') return []
  const untagged = taggedTypes.length === 0
  const input = {
    violation: row.violation,
    legalBasis: row.legalBasis,
    partyType: row.partyType as PartyType,
    discretionTier: row.discretionTier as DiscretionTier | null,
    penaltyFen: row.penaltyFen,
    hasLegalReview: taggedTypes.includes(LEGAL_REVIEW_DOC),
  }
  const result = checkDiscretion(input, table)
  const itemOf = (check: AutoCheck) => allItems(rubric).find((i) => i.autoCheck === check) ?? null
  const baselineItem = itemOf('discretion_baseline')
  const context = {
    violation: row.violation,
    legalBasis: row.legalBasis,
    entry: result.entry,
    candidates: result.candidates.map((code) => table.entries.find((e) => e.code === code)?.violation ?? code),
  }
  const base = (check: AutoCheck, key: string, outcome: Finding['outcome'], message: string): Draft => {
    const item = itemOf(check)
    return { key: `discretion:${key}`, check, itemId: item?.id ?? null, outcome, message, deadline: null, vetoCandidate: null, proposal: null }
  }

  const drafts: Draft[] = []
  for (const found of result.findings) {
    // Vetoes as this rubric numbers them (the check speaks the ordinary rubric's ids).
    const f = found.kind === 'amount_outside_legal_range' ? { ...found, veto: found.veto && vetoIdFor(rubric.code, found.veto) } : found
    const message = discretionText(f, context, locale)
    switch (f.kind) {
      case 'amount_outside_tier':
      case 'tier_not_in_baseline': {
        const option = baselineItem ? proposeOption(baselineItem, DISCRETION_OPTION) : null
        drafts.push({ ...base('discretion_baseline', f.kind, 'problem', message), proposal: option ? { ...option, reason: message } : null })
        break
      }
      case 'amount_outside_legal_range':
        drafts.push({ ...base('discretion_baseline', f.kind, 'problem', message), vetoCandidate: f.veto })
        break
      case 'legal_review_missing': {
        const draft = legalReviewDraft(f, row, untagged, locale, base, message, vetoIdFor(rubric.code, LEGAL_REVIEW_VETO))
        if (draft) drafts.push(draft)
        break
      }
      default:
        drafts.push(base('discretion_baseline', f.kind, 'unknown', message))
    }
  }
  const tier = input.discretionTier
  if (!drafts.some((d) => d.check === 'discretion_baseline') && result.entry && tier) {
    const band = effectiveBaseline(result.entry, input.partyType).tiers[tier]
    if (row.penaltyFen === null && tier !== 'exempt') drafts.push(base('discretion_baseline', 'fine_missing', 'unknown', fineMissingText(locale)))
    else if (band) drafts.push(base('discretion_baseline', 'ok', 'ok', discretionOkText(tier, row.penaltyFen ?? 0, band, locale)))
  }
  return drafts
}

/**
 * A 减轻 / 不予处罚 decision without a tagged 法制审核意见. A major case's missing review is already
 * a required-document finding, so it is not said twice; an untagged file cannot be judged.
 */
function legalReviewDraft(
  f: Extract<DiscretionFinding, { kind: 'legal_review_missing' }>,
  row: DiscretionCaseRow,
  untagged: boolean,
  locale: Locale,
  base: (check: AutoCheck, key: string, outcome: Finding['outcome'], message: string) => Draft,
  message: string,
  veto: string | null,
): Draft | null {
  if (untagged) return base('legal_review', f.kind, 'unknown', legalReviewUntaggedText(f.tier, locale))
  if (row.isMajor === 1) return null
  return { ...base('legal_review', f.kind, 'problem', message), vetoCandidate: veto }
}
