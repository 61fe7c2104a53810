import type { BaselineEntry, TierBand } from '../../../../../shared/domain/discretion/baseline'
import { fenToYuan, yuanToFen } from '../../../format/money'

type Party = 'both' | 'individual' | 'organization'

/** The drawer's form: amounts in yuan, a tier's party 'both' rather than absent. */
export interface EntryFormValues {
  code: string
  violation: string
  aliases: string[]
  legalBasis: string
  legalMin: number | null
  legalMax: number | null
  individualMin?: number | null
  individualMax?: number | null
  organizationMin?: number | null
  organizationMax?: number | null
  tiers: { tier: TierBand['tier']; party: Party; conditions: string; conditionsEn?: string; min: number | null; max: number | null }[]
}

export function toForm(e: BaselineEntry | null): EntryFormValues {
  if (!e) return { code: '', violation: '', aliases: [], legalBasis: '', legalMin: null, legalMax: null, tiers: [{ tier: 'general', party: 'both', conditions: '', min: null, max: null }] }
  const byParty = e.legalRangeFenByParty ?? {}
  return {
    code: e.code,
    violation: e.violation,
    aliases: e.aliases,
    legalBasis: e.legalBasis,
    legalMin: fenToYuan(e.legalRangeFen.minFen),
    legalMax: fenToYuan(e.legalRangeFen.maxFen),
    individualMin: fenToYuan(byParty.individual?.minFen),
    individualMax: fenToYuan(byParty.individual?.maxFen),
    organizationMin: fenToYuan(byParty.organization?.minFen),
    organizationMax: fenToYuan(byParty.organization?.maxFen),
    tiers: e.tiers.map((b) => ({
      tier: b.tier,
      party: b.partyType ?? 'both',
      conditions: b.conditions,
      conditionsEn: b.conditionsEn,
      min: fenToYuan(b.minFen),
      max: fenToYuan(b.maxFen),
    })),
  }
}

const fen = (yuan: number | null | undefined) => yuanToFen(yuan) ?? 0

/** Back to a baseline entry; what the form does not show (domain, note) is kept from the original. */
export function fromForm(v: EntryFormValues, original: BaselineEntry | null): BaselineEntry {
  const range = (min: number | null | undefined, max: number | null | undefined) =>
    min === null || min === undefined || max === null || max === undefined ? undefined : { minFen: fen(min), maxFen: fen(max) }
  const individual = range(v.individualMin, v.individualMax)
  const organization = range(v.organizationMin, v.organizationMax)
  const entry: BaselineEntry = {
    ...(original?.domain ? { domain: original.domain } : {}),
    ...(original?.note ? { note: original.note } : {}),
    code: v.code.trim(),
    violation: v.violation.trim(),
    aliases: v.aliases.map((a) => a.trim()).filter(Boolean),
    legalBasis: v.legalBasis.trim(),
    legalRangeFen: { minFen: fen(v.legalMin), maxFen: fen(v.legalMax) },
    tiers: v.tiers.map((b) => ({
      tier: b.tier,
      ...(b.party === 'both' ? {} : { partyType: b.party }),
      conditions: b.conditions.trim(),
      ...(b.conditionsEn?.trim() ? { conditionsEn: b.conditionsEn.trim() } : {}),
      minFen: fen(b.min),
      maxFen: fen(b.max),
    })),
  }
  if (individual || organization) entry.legalRangeFenByParty = { ...(individual ? { individual } : {}), ...(organization ? { organization } : {}) }
  return entry
}
