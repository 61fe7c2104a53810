import { z } from 'zod'
import { method, domain } from './define'
import { freeText, id, isoDate, pageRequest, visibleText } from './common'

export const ENFORCEMENT_DOMAINS = [
  'muck_transport', // 渣土运输
  'street_appearance', // 街面市容
  'ecology', // 生态环境
  'household_waste', // 生活垃圾分类
  'illegal_construction', // 违法建筑
  'construction_site', // 建筑工地
  'housing_market', // 房产市场
] as const
export const PROCEDURES = ['ordinary', 'simple'] as const // 普通 / 简易
export const CASE_TYPES = ['penalty', 'compulsion'] as const // 行政处罚 / 行政强制
export const PARTY_TYPES = ['individual', 'organization'] as const
export const DISCRETION_TIERS = ['exempt', 'mitigated', 'lighter', 'general', 'heavier'] as const // 不予/减轻/从轻/一般/从重
export const CASE_SOURCES = ['inspection', 'complaint', 'referral', 'other'] as const // 巡查发现 / 投诉举报 / 移送交办 / 其他
export const CASE_STATUSES = ['registered', 'filed', 'decided', 'closed', 'archived'] as const

/** The dated milestones of a case, in procedural order. */
export const CASE_DATE_FIELDS = [
  'discoveredOn', // 发现 / 受案
  'filedOn', // 立案
  'investigationEndedOn', // 调查终结
  'notifiedOn', // 告知
  'decidedOn', // 决定
  'servedOn', // 送达
  'executedOn', // 执行
  'closedOn', // 结案
  'archivedOn', // 归档
] as const
export type CaseDateField = (typeof CASE_DATE_FIELDS)[number]

const optionalDate = isoDate.nullable().default(null)
const dateShape = Object.fromEntries(CASE_DATE_FIELDS.map((f) => [f, optionalDate])) as Record<
  CaseDateField,
  typeof optionalDate
>

/** The longest value of a case's fields (characters, or officers): the contract's and every importer's bound. */
export const CASE_LIMITS = { caseNumber: 64, party: 200, violation: 500, legalBasis: 1000, officers: 20, legalReviewOpinion: 1000, publishedPlace: 200 } as const
/** The largest fine a case or a baseline may state, in fen (10亿元): more is a typing slip, not a penalty. */
export const MAX_PENALTY_FEN = 100_000_000_000

export const caseFields = z.object({
  caseNumber: visibleText(CASE_LIMITS.caseNumber),
  party: visibleText(CASE_LIMITS.party),
  partyType: z.enum(PARTY_TYPES).default('individual'),
  procedure: z.enum(PROCEDURES).default('ordinary'),
  caseType: z.enum(CASE_TYPES).default('penalty'),
  domain: z.enum(ENFORCEMENT_DOMAINS),
  squadId: id,
  violation: freeText(CASE_LIMITS.violation).default(''),
  legalBasis: freeText(CASE_LIMITS.legalBasis).default(''),
  discretionTier: z.enum(DISCRETION_TIERS).nullable().default(null),
  penaltyFen: z.number().int().min(0).max(MAX_PENALTY_FEN).nullable().default(null),
  isMajor: z.boolean().default(false),
  officerIds: z.array(id).max(CASE_LIMITS.officers).default([]),
  source: z.enum(CASE_SOURCES).nullable().default(null),
  /** 法制审核: the date the legal-review office signed off, for major cases. */
  legalReviewedOn: optionalDate,
  ...dateShape,
  // Added later: optional without a default, so that what earlier versions wrote reads as it was written.
  /** 法制审核意见. */
  legalReviewOpinion: freeText(CASE_LIMITS.legalReviewOpinion).optional(),
  /** 执法公示: the date and place the penalty decision was published. */
  publishedOn: isoDate.nullable().optional(),
  publishedPlace: freeText(CASE_LIMITS.publishedPlace).optional(),
})
export type CaseFields = z.output<typeof caseFields>

/** A date pair found out of procedural order: accepted, but shown to the reviewer. */
export const dateFlag = z.object({ earlier: z.enum(CASE_DATE_FIELDS), later: z.enum(CASE_DATE_FIELDS) })

export const caseSummary = z.object({
  id,
  caseNumber: z.string(),
  party: z.string(),
  procedure: z.enum(PROCEDURES),
  caseType: z.enum(CASE_TYPES),
  domain: z.enum(ENFORCEMENT_DOMAINS),
  squadId: id,
  squadName: z.string(),
  status: z.enum(CASE_STATUSES),
  filedOn: isoDate.nullable(),
  decidedOn: isoDate.nullable(),
  penaltyFen: z.number().int().nullable(),
  documentCount: z.number().int(),
})
export type CaseSummary = z.output<typeof caseSummary>

export const caseDetail = caseFields.extend({
  id,
  squadName: z.string(),
  status: z.enum(CASE_STATUSES),
  officers: z.array(z.object({ id, name: z.string(), badgeNumber: z.string() })),
  dateFlags: z.array(dateFlag),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type CaseDetail = z.output<typeof caseDetail>

export const CASE_SORT_FIELDS = ['filedOn', 'caseNumber', 'decidedOn', 'penaltyFen'] as const

export const caseListQuery = pageRequest.extend({
  search: z.string().trim().max(100).optional(),
  squadIds: z.array(id).optional(),
  domains: z.array(z.enum(ENFORCEMENT_DOMAINS)).optional(),
  statuses: z.array(z.enum(CASE_STATUSES)).optional(),
  filedFrom: isoDate.optional(),
  filedTo: isoDate.optional(),
  sortBy: z.enum(CASE_SORT_FIELDS).default('filedOn'),
  sortOrder: z.enum(['asc', 'desc']).default('desc'),
})
export type CaseListQuery = z.input<typeof caseListQuery>

export const squad = z.object({ id, name: z.string(), kind: z.enum(['mobile', 'street', 'town']), active: z.boolean() })
export const officer = z.object({
  id,
  name: z.string(),
  badgeNumber: z.string(),
  squadId: id,
  certified: z.boolean(),
  active: z.boolean(),
})
/** Pickers offer active squads and officers, plus `include`: those already on the case being edited. */
const pickerQuery = { include: z.array(id).max(50).optional() }

export const casesContract = domain('cases', {
  list: method(caseListQuery, z.object({ total: z.number().int(), items: z.array(caseSummary) })),
  get: method(z.object({ id }), caseDetail),
  create: method(caseFields, caseDetail),
  update: method(z.object({ id, fields: caseFields }), caseDetail),
  remove: method(z.object({ id }), z.object({ ok: z.literal(true) })),
  squads: method(z.object({ ...pickerQuery, includeInactive: z.boolean().optional() }).strict(), z.array(squad)),
  officers: method(z.object({ squadId: id.optional(), ...pickerQuery }).strict(), z.array(officer)),
})
