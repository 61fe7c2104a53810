import { z } from 'zod'
import { DISCRETION_TIERS, ENFORCEMENT_DOMAINS, MAX_PENALTY_FEN, PARTY_TYPES } from '../../contract/cases'
import { freeText } from '../../contract/common'
import { parseCitations } from '../statutes/citation'

/**
 * A discretion baseline (裁量基准) table: for each violation its legal basis, the statutory fine
 * range and the bureau's tiers. Amounts are integer fen, like CaseFields.penaltyFen.
 */

export type DiscretionTier = (typeof DISCRETION_TIERS)[number]
export type PartyType = (typeof PARTY_TYPES)[number]

/** Tiers that must stay inside the legal range, in ascending order of severity. */
export const GRADED_TIERS = ['lighter', 'general', 'heavier'] as const satisfies readonly DiscretionTier[]

const fen = z.number().int().min(0).max(MAX_PENALTY_FEN)
/** Every text is shown to the lead and printed in the sheet: visible, and of a bounded length. */
const text = (max: number) => freeText(max).min(1)

/**
 * Why the table was refused, as data: shared/i18n/baseline-text.ts words it for the lead, and
 * the import maps its path back to the sheet's row and column.
 */
export type BaselineRule =
  | 'range_min_max'
  | 'duplicate_code'
  | 'duplicate_name'
  | 'legal_basis_uncited'
  | 'tier_twice'
  | 'exempt_fine'
  | 'mitigated_not_below'
  | 'tier_outside_legal'
  | 'tiers_order'
export type BaselineIssueParams = { rule: BaselineRule } & Record<string, string | number>

export const fenRangeSchema = z
  .strictObject({ minFen: fen, maxFen: fen })
  .refine((r) => r.minFen <= r.maxFen, { message: 'minFen must not exceed maxFen', params: { rule: 'range_min_max' } })
export type FenRange = z.infer<typeof fenRangeSchema>

const tierBandSchema = z.strictObject({
  tier: z.enum(DISCRETION_TIERS),
  /** Only for this party type; without it the band applies to both. */
  partyType: z.enum(PARTY_TYPES).optional(),
  conditions: text(1000),
  conditionsEn: text(1000).optional(),
  minFen: fen,
  maxFen: fen,
})
export type TierBand = z.infer<typeof tierBandSchema>

const entrySchema = z.strictObject({
  /** The bureau's own code for the violation (the demo uses snake_case, bureaus often numbers). */
  code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'codes are letters, digits, _ . -, e.g. street_vending or CG-01'),
  violation: text(200),
  /** Other names for the same violation, matched exactly like `violation`. */
  aliases: z.array(text(200)).max(20).default([]),
  domain: z.enum(ENFORCEMENT_DOMAINS).optional(),
  /** The penalty provision, e.g. 《上海市市容环境卫生管理条例》第二十五条第二款. */
  legalBasis: text(1000),
  legalRangeFen: fenRangeSchema,
  /** Where the law sets a different range for individuals or organisations. */
  legalRangeFenByParty: z
    .strictObject({ individual: fenRangeSchema.optional(), organization: fenRangeSchema.optional() })
    .optional(),
  // Each tier at most once for both parties and once for each: 5 × 3.
  tiers: z.array(tierBandSchema).min(1).max(15),
  note: text(1000).optional(),
})
export type BaselineEntry = z.infer<typeof entrySchema>

/** The tiers and legal range that apply to one party type. */
export interface EffectiveBaseline {
  legalRangeFen: FenRange
  tiers: Partial<Record<DiscretionTier, TierBand>>
}

export function effectiveBaseline(entry: BaselineEntry, partyType: PartyType): EffectiveBaseline {
  const legalRangeFen = entry.legalRangeFenByParty?.[partyType] ?? entry.legalRangeFen
  const tiers: Partial<Record<DiscretionTier, TierBand>> = {}
  // A band for this party type wins over a band for both.
  for (const band of entry.tiers) {
    if (band.partyType === undefined && !tiers[band.tier]) tiers[band.tier] = band
  }
  for (const band of entry.tiers) {
    if (band.partyType === partyType) tiers[band.tier] = band
  }
  return { legalRangeFen, tiers }
}

const yuan = (f: number) => `${f / 100}元`

/** The table's structure alone; `discretionTableSchema` adds the rules between its rows. */
export const discretionTableShape = z.strictObject({
  /** True for the shipped illustration; a bureau's own table sets false. */
  example: z.boolean(),
  title: text(200),
  note: z.strictObject({ zh: text(2000), en: text(2000) }),
  source: text(200).optional(),
  entries: z.array(entrySchema).min(1).max(5000),
})

export const discretionTableSchema = discretionTableShape.superRefine((table, ctx) => {
  const issue = (message: string, path: PropertyKey[], params: BaselineIssueParams) =>
    ctx.addIssue({ code: 'custom', message, path, params })
  const codes = new Set<string>()
  const names = new Set<string>()

  table.entries.forEach((entry, ei) => {
    const path = ['entries', ei]
    if (codes.has(entry.code)) issue(`duplicate code ${entry.code}`, [...path, 'code'], { rule: 'duplicate_code', code: entry.code })
    codes.add(entry.code)
    for (const name of [entry.violation, ...entry.aliases]) {
      if (names.has(name)) issue(`violation name ${name} appears twice`, [...path, 'violation'], { rule: 'duplicate_name', name })
      names.add(name)
    }
    if (!parseCitations(entry.legalBasis).some((c) => c.law !== null)) {
      issue('legalBasis must cite an article of a named law, e.g. 《…》第二十五条第二款', [...path, 'legalBasis'], {
        rule: 'legal_basis_uncited',
      })
    }

    const seen = new Set<string>()
    entry.tiers.forEach((band, ti) => {
      const key = `${band.tier}/${band.partyType ?? '*'}`
      if (seen.has(key)) issue(`tier ${band.tier} is given twice`, [...path, 'tiers', ti, 'tier'], { rule: 'tier_twice', tier: band.tier })
      seen.add(key)
      if (band.minFen > band.maxFen) {
        issue(`${band.tier}: minFen must not exceed maxFen`, [...path, 'tiers', ti, 'minFen'], { rule: 'range_min_max', tier: band.tier })
      }
    })

    // A band for both parties is checked once per party; say each problem once, and name the
    // party only where the law sets it its own range.
    const said = new Set<string>()
    const bandIssue = (message: string, band: TierBand, field: 'minFen' | 'maxFen', params: BaselineIssueParams) => {
      const key = `${entry.tiers.indexOf(band)}:${params.rule}`
      if (said.has(key)) return
      said.add(key)
      if (!entry.legalRangeFenByParty) delete params.partyType
      issue(message, [...path, 'tiers', entry.tiers.indexOf(band), field], params)
    }
    for (const partyType of PARTY_TYPES) {
      const { legalRangeFen: legal, tiers } = effectiveBaseline(entry, partyType)
      const range = { partyType, legalMin: legal.minFen, legalMax: legal.maxFen }
      for (const band of Object.values(tiers)) {
        if (band.tier === 'exempt') {
          if (band.minFen !== 0 || band.maxFen !== 0) {
            bandIssue('exempt (不予处罚) means no fine: 0–0', band, band.minFen !== 0 ? 'minFen' : 'maxFen', { rule: 'exempt_fine' })
          }
        } else if (band.tier === 'mitigated') {
          // 减轻 is below the statutory minimum by definition.
          if (band.maxFen >= legal.minFen) {
            bandIssue(`mitigated (减轻) must stay below the legal minimum ${yuan(legal.minFen)} (${partyType})`, band, 'maxFen', {
              rule: 'mitigated_not_below',
              ...range,
            })
          }
        } else if (band.minFen < legal.minFen || band.maxFen > legal.maxFen) {
          bandIssue(
            `${band.tier} ${yuan(band.minFen)}–${yuan(band.maxFen)} is outside the legal range ` +
              `${yuan(legal.minFen)}–${yuan(legal.maxFen)} (${partyType})`,
            band,
            band.minFen < legal.minFen ? 'minFen' : 'maxFen',
            { rule: 'tier_outside_legal', tier: band.tier, min: band.minFen, max: band.maxFen, ...range },
          )
        }
      }
      // Graded tiers climb: each starts where the one below ends or higher (a shared bound is allowed).
      const graded = GRADED_TIERS.map((t) => tiers[t]).filter((b): b is TierBand => b !== undefined)
      let lower: TierBand | undefined
      for (const band of graded) {
        if (lower && band.minFen < lower.maxFen) {
          bandIssue(`${band.tier} must start at or above the end of ${lower.tier} (${partyType})`, band, 'minFen', {
            rule: 'tiers_order',
            tier: band.tier,
            lower: lower.tier,
            partyType,
          })
        }
        lower = band
      }
    }
  })
})

export type DiscretionTable = z.infer<typeof discretionTableSchema>
