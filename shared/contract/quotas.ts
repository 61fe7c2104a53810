import { z } from 'zod'
import { domain, method } from './define'
import { empty, id, isoDate } from './common'
import { exportResult } from './exports'

/** The plan's yearly figures (年度执法监督工作台账), editable per year; the defaults are the 2023 plan's. */
export const quotaTargets = z.object({
  /** Case files reviewed, as a share of the cases closed (案卷评查 ≥ 10%). */
  caseReviewPercent: z.number().min(0).max(100),
  /** A/V records reviewed in the year (全年抽查音视频记录不少于 100 件); a quarter's share is pro rata. */
  avRecordsPerYear: z.number().int().min(0).max(100_000),
  /** Every frontline officer's recordings reviewed at least once (一线执法队员全覆盖). */
  everyOfficerCovered: z.boolean(),
  /** Major decisions whose legal review was checked (重大法核案件检查 ≥ 50%). */
  legalReviewPercent: z.number().min(0).max(100),
  /** Complaints sampled and reviewed (投诉、信访件抽取 1%). */
  complaintPercent: z.number().min(0).max(100),
  /** Every repeat complaint (≥ 3) reviewed (重复投诉件督察). */
  everyRepeatReviewed: z.boolean(),
  /** A monthly campaign held in every month (每月开展案卷评查). */
  campaignEveryMonth: z.boolean(),
  /** Every 整改 notice closed by its deadline. */
  rectificationOnTime: z.boolean(),
})
export type QuotaTargets = z.output<typeof quotaTargets>

export const DEFAULT_QUOTA_TARGETS: QuotaTargets = {
  caseReviewPercent: 10,
  avRecordsPerYear: 100,
  everyOfficerCovered: true,
  legalReviewPercent: 50,
  complaintPercent: 1,
  everyRepeatReviewed: true,
  campaignEveryMonth: true,
  rectificationOnTime: true,
}

export const QUOTA_KEYS = ['caseFiles', 'legalReviews', 'avRecords', 'officers', 'complaints', 'repeatComplaints', 'monthlyCampaigns', 'rectification'] as const
export type QuotaKey = (typeof QUOTA_KEYS)[number]

/** One figure: how many were done of how many there were, the target count, and how many are missing. */
export const quotaFigure = z.object({
  key: z.enum(QUOTA_KEYS),
  value: z.number().int(),
  /** What the share is of (closed cases, major decisions, …); null for a plain count (A/V records). */
  base: z.number().int().nullable(),
  target: z.number().int(),
  met: z.boolean(),
  missing: z.number().int(),
})
export type QuotaFigure = z.output<typeof quotaFigure>

export const quotaPeriod = z.object({ year: z.number().int().min(1990).max(2100), quarter: z.number().int().min(1).max(4).nullable().default(null) })

export const quotaDashboard = z.object({
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  from: isoDate,
  to: isoDate,
  targets: quotaTargets,
  total: z.array(quotaFigure),
  squads: z.array(z.object({ squadId: id, squadName: z.string(), figures: z.array(quotaFigure) })),
  /** Active officers none of whose recordings of the period has been reviewed. */
  uncoveredOfficers: z.array(z.object({ id, name: z.string(), badgeNumber: z.string(), squadName: z.string() })),
  /** Months of the period, up to today, in which no monthly campaign was held (YYYY-MM). */
  monthsWithoutCampaign: z.array(z.string()),
})
export type QuotaDashboard = z.output<typeof quotaDashboard>

export const quotasContract = domain('quotas', {
  targets: method(z.object({ year: quotaPeriod.shape.year }), quotaTargets),
  setTargets: method(z.object({ year: quotaPeriod.shape.year, targets: quotaTargets }), quotaTargets),
  /** The year the dashboard opens on: the newest with work in it, not after today's. */
  currentYear: method(empty, z.object({ year: quotaPeriod.shape.year })),
  dashboard: method(quotaPeriod, quotaDashboard),
  /** The dashboard as an xlsx workbook for the year-end report. */
  exportWorkbook: method(quotaPeriod, exportResult),
})
