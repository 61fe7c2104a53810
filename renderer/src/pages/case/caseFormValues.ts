import type { Dayjs } from 'dayjs'
import { CASE_DATE_FIELDS, type CaseDateField, type CaseDetail, type CaseFields } from '../../../../shared/contract/cases'
import { fenToYuan, yuanToFen } from '../../format/money'
import { fromIsoDate, toIsoDate } from '../../format/date'

/** What the antd form holds: dates as Dayjs, the fine in yuan. */
export interface CaseFormValues {
  caseNumber: string
  party: string
  partyType: CaseFields['partyType']
  procedure: CaseFields['procedure']
  caseType: CaseFields['caseType']
  domain?: CaseFields['domain']
  squadId?: number
  officerIds: number[]
  violation: string
  legalBasis: string
  discretionTier: CaseFields['discretionTier']
  penaltyYuan: number | null
  isMajor: boolean
  source: CaseFields['source']
  legalReviewedOn: Dayjs | null
  legalReviewOpinion: string
  publishedOn: Dayjs | null
  publishedPlace: string
  dates: Partial<Record<CaseDateField, Dayjs | null>>
}

export function emptyFormValues(): CaseFormValues {
  return {
    caseNumber: '',
    party: '',
    partyType: 'individual',
    procedure: 'ordinary',
    caseType: 'penalty',
    officerIds: [],
    violation: '',
    legalBasis: '',
    discretionTier: null,
    penaltyYuan: null,
    isMajor: false,
    source: null,
    legalReviewedOn: null,
    legalReviewOpinion: '',
    publishedOn: null,
    publishedPlace: '',
    dates: {},
  }
}

export function formValuesOf(detail: CaseDetail): CaseFormValues {
  return {
    caseNumber: detail.caseNumber,
    party: detail.party,
    partyType: detail.partyType,
    procedure: detail.procedure,
    caseType: detail.caseType,
    domain: detail.domain,
    squadId: detail.squadId,
    officerIds: detail.officerIds,
    violation: detail.violation,
    legalBasis: detail.legalBasis,
    discretionTier: detail.discretionTier,
    penaltyYuan: fenToYuan(detail.penaltyFen),
    source: detail.source,
    legalReviewedOn: fromIsoDate(detail.legalReviewedOn),
    legalReviewOpinion: detail.legalReviewOpinion ?? '',
    publishedOn: fromIsoDate(detail.publishedOn ?? null),
    publishedPlace: detail.publishedPlace ?? '',
    isMajor: detail.isMajor,
    dates: Object.fromEntries(CASE_DATE_FIELDS.map((f) => [f, fromIsoDate(detail[f])])),
  }
}

export function isoDatesOf(dates: CaseFormValues['dates'] | undefined): Record<CaseDateField, string | null> {
  return Object.fromEntries(CASE_DATE_FIELDS.map((f) => [f, toIsoDate(dates?.[f])])) as Record<CaseDateField, string | null>
}

/** The form's values as cases.create / cases.update input (validated fields are present). */
export function caseFieldsOf(values: CaseFormValues): CaseFields {
  return {
    caseNumber: values.caseNumber.trim(),
    party: values.party.trim(),
    partyType: values.partyType,
    procedure: values.procedure,
    caseType: values.caseType,
    domain: values.domain!,
    squadId: values.squadId!,
    officerIds: values.officerIds ?? [],
    violation: (values.violation ?? '').trim(),
    legalBasis: (values.legalBasis ?? '').trim(),
    discretionTier: values.discretionTier ?? null,
    penaltyFen: yuanToFen(values.penaltyYuan),
    isMajor: values.isMajor ?? false,
    source: values.source ?? null,
    legalReviewedOn: toIsoDate(values.legalReviewedOn),
    legalReviewOpinion: (values.legalReviewOpinion ?? '').trim(),
    publishedOn: toIsoDate(values.publishedOn),
    publishedPlace: (values.publishedPlace ?? '').trim(),
    ...isoDatesOf(values.dates),
  }
}
