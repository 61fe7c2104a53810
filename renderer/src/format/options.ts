import type { TFunction } from 'i18next'
import {
  CASE_STATUSES,
  CASE_TYPES,
  DISCRETION_TIERS,
  ENFORCEMENT_DOMAINS,
  PARTY_TYPES,
  PROCEDURES,
} from '../../../shared/contract/cases'

/** Select options for the contract's enums, labelled in the UI language. */
export function enumOptions(t: TFunction) {
  return {
    domains: ENFORCEMENT_DOMAINS.map((value) => ({ value, label: t(`enums.domain.${value}`) })),
    procedures: PROCEDURES.map((value) => ({ value, label: t(`enums.procedure.${value}`) })),
    caseTypes: CASE_TYPES.map((value) => ({ value, label: t(`enums.caseType.${value}`) })),
    partyTypes: PARTY_TYPES.map((value) => ({ value, label: t(`enums.partyType.${value}`) })),
    discretionTiers: DISCRETION_TIERS.map((value) => ({ value, label: t(`enums.discretionTier.${value}`) })),
    statuses: CASE_STATUSES.map((value) => ({ value, label: t(`enums.caseStatus.${value}`) })),
  }
}
