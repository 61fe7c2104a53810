import type { CaseFields } from '../../../shared/contract/cases'

export const DEMO_DEFECTS = [
  'late_filing',
  'decision_over_90_days',
  'missing_service_receipt',
  'fine_outside_tier',
  'fine_outside_legal_range',
  'single_officer',
  'uncertified_officer',
  'major_without_legal_review',
  'dates_out_of_order',
  'late_service',
  'mitigated_without_legal_review',
] as const
export type DemoDefect = (typeof DEMO_DEFECTS)[number]

export interface DemoSquad {
  key: string
  name: string
  kind: 'mobile' | 'street' | 'town'
}

export interface DemoOfficer {
  key: string
  name: string
  badgeNumber: string
  squadKey: string
  certified: boolean
}

/** One document of the scanned file, in filing order; pages run on from the previous section. */
export interface DemoDocumentSection {
  docType: string
  pages: number
}

export interface DemoPartyDetails {
  address: string
  /** Masked ID number for an individual, unified social credit code for an organisation. */
  idNumber: string
  /** 法定代表人 of an organisation; null for an individual. */
  legalRepresentative: string | null
  phone: string
}

/** What the scanned file prints beyond the registry fields, fixed here so every page agrees. */
export interface DemoCaseDetails {
  violationCode: string
  source: string
  /** Time of discovery as printed, e.g. '9时05分'. */
  time: string
  place: string
  /** The construction site or project the case concerns (also quoted in muck cases). */
  site: string
  facts: string
  /** The values the violation's templates were filled with (goods, counts...), for Q/A pages. */
  vars: Record<string, string>
  party: DemoPartyDetails
  /** The one questioned in 询问笔录: the party, or the organisation's agent. */
  interviewee: string
  /** The interviewee's role in the organisation; null when the party answers in person. */
  intervieweeRole: string | null
  vehiclePlate: string | null
  constructionCostYuan: number | null
  seizedItems: string[]
  /** Statutory fine range in fen for this case (cost-based for illegal construction). */
  legalRangeFen: [number, number] | null
  /** The chosen discretion tier's fine range in fen. */
  tierRangeFen: [number, number] | null
  squadLeader: string
  legalReviewers: string[]
  bureauLeader: string
  statementMade: boolean
  /** Case-number style serial of the prior notice. */
  noticeNumber: string | null
}

export type DemoCase = Omit<CaseFields, 'squadId' | 'officerIds'> & {
  squadKey: string
  officerKeys: string[]
  defects: DemoDefect[]
  documents: DemoDocumentSection[]
  details: DemoCaseDetails
}

export interface DemoWorkspace {
  squads: DemoSquad[]
  officers: DemoOfficer[]
  cases: DemoCase[]
}
