import { z } from 'zod'
import { method, domain } from './define'
import { freeText, id, isoDate, ok } from './common'
import { exportResult } from './exports'
import { DOCUMENT_MIMES } from './documents'

/** The lead's verdict on one problem after the squad's reply. */
export const RECTIFICATION_VERDICTS = ['pending', 'rectified', 'partial', 'not_rectified'] as const
export type RectificationVerdict = (typeof RECTIFICATION_VERDICTS)[number]

/**
 * Where a notice stands: waiting for the squad's reply, replied and being verified, or every
 * problem verified as rectified. Overdue is said beside it: no reply by the deadline.
 */
export const NOTICE_STATES = ['awaiting_reply', 'verifying', 'closed'] as const
export type NoticeState = (typeof NOTICE_STATES)[number]

/** 回头看 reviews the rectified cases again, or later cases of the same squads for the same items. */
export const FOLLOW_UP_SCOPES = ['same_cases', 'later_cases'] as const
export type FollowUpScope = (typeof FOLLOW_UP_SCOPES)[number]

/** Working days a squad has to reply, unless the lead says otherwise (as the bulletin's 整改时限). */
export const DEFAULT_RECTIFICATION_WORKING_DAYS = 15

const TEXT_MAX = 2000

export const rectificationProblem = z.object({
  id,
  caseId: id,
  caseNumber: z.string(),
  party: z.string(),
  evaluationId: id,
  kind: z.enum(['deduction', 'veto']),
  itemId: z.string(),
  title: z.string(),
  /** Points deducted; null for a veto. */
  points: z.number().nullable(),
  reason: z.string(),
  documentId: id.nullable(),
  page: z.number().int().nullable(),
  reply: z.string(),
  verdict: z.enum(RECTIFICATION_VERDICTS),
  verdictReason: z.string(),
  verifiedBy: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  /** 回头看: the follow-up campaign checking it again, and its finding once that campaign is closed. */
  followUp: z.object({ campaignId: id, campaignName: z.string(), result: z.enum(['pending', 'closed', 'reopened']) }).nullable(),
})
export type RectificationProblem = z.output<typeof rectificationProblem>

export const noticeSummary = z.object({
  id,
  campaignId: id,
  campaignName: z.string(),
  squadId: id,
  squadName: z.string(),
  docNumber: z.string(),
  issuedOn: isoDate,
  deadlineOn: isoDate,
  responsible: z.string(),
  repliedOn: isoDate.nullable(),
  state: z.enum(NOTICE_STATES),
  /** No reply by the deadline, or the deadline passed with problems not yet rectified. */
  overdue: z.boolean(),
  problems: z.number().int(),
  rectified: z.number().int(),
  /** Problems a 回头看 found again: repeat problems, to be rectified anew. */
  reopened: z.number().int(),
})
export type NoticeSummary = z.output<typeof noticeSummary>

export const rectificationFile = z.object({ id, sha256: z.string(), fileName: z.string(), mime: z.enum(DOCUMENT_MIMES), pageCount: z.number().int(), addedAt: z.string() })

export const noticeDetail = noticeSummary.extend({
  requirement: z.string(),
  replyNote: z.string(),
  issuedBy: z.string(),
  items: z.array(rectificationProblem),
  files: z.array(rectificationFile),
})
export type NoticeDetail = z.output<typeof noticeDetail>

/** What a closed campaign would give each squad: its problems, before any notice is issued. */
export const noticeCandidate = z.object({
  squadId: id,
  squadName: z.string(),
  cases: z.number().int(),
  problems: z.number().int(),
  /** A notice for this squad and campaign exists already. */
  noticeId: id.nullable(),
})

export const rectificationContract = domain('rectification', {
  /** Per squad, the problems a closed campaign found: what issuing would put in each notice. */
  candidates: method(z.object({ campaignId: id }), z.array(noticeCandidate)),
  /**
   * Issues a notice to each chosen squad with problems in the closed campaign (squads that have one
   * already are left as they are); the deadline counts working days on the app's calendar. Without
   * a requirement, each squad's is the one the campaign's saved bulletin words for it.
   */
  issue: method(
    z.object({
      campaignId: id,
      squadIds: z.array(id).min(1).max(200),
      issuedOn: isoDate,
      workingDays: z.number().int().min(1).max(120).default(DEFAULT_RECTIFICATION_WORKING_DAYS),
      requirement: freeText(TEXT_MAX).default(''),
    }),
    z.array(noticeSummary),
  ),
  list: method(z.object({ campaignId: id.optional() }), z.array(noticeSummary)),
  get: method(z.object({ id }), noticeDetail),
  /** The notice's number and the squad's responsible person, as the lead fills them in. */
  update: method(z.object({ id, docNumber: freeText(60), responsible: freeText(60), requirement: freeText(TEXT_MAX) }), noticeDetail),
  /** Records the squad's reply: its date, a note, and what was done per problem. */
  reply: method(
    z.object({
      id,
      repliedOn: isoDate,
      note: freeText(TEXT_MAX).default(''),
      problems: z.array(z.object({ problemId: id, reply: freeText(TEXT_MAX) })).max(2000),
    }),
    noticeDetail,
  ),
  /** Attaches a file the squad sent (a scan, a photo, a corrected document) to the notice. */
  attach: method(z.object({ id, path: z.string().min(1).max(4096), fileName: freeText(255).optional() }), noticeDetail),
  /** Asks for the squad's files (the system dialog, or the page's file chooser) and attaches each; the refused are listed with why. */
  pickAndAttach: method(
    z.object({ id }),
    z.object({ notice: noticeDetail, failed: z.array(z.object({ fileName: z.string(), code: z.string(), message: z.string(), detail: z.string().optional() })) }),
  ),
  /** The lead's verdict on one problem; any verdict but 已整改 needs a reason. */
  verify: method(
    z.object({ problemId: id, verdict: z.enum(RECTIFICATION_VERDICTS).exclude(['pending']), reason: freeText(TEXT_MAX).default('') }).refine((v) => v.verdict === 'rectified' || v.reason.length > 0, { message: 'a reason is needed unless rectified', path: ['reason'] }),
    noticeDetail,
  ),
  remove: method(z.object({ id }), ok),
  /**
   * 回头看: a follow-up campaign (a draft, to be assigned and started as any other) on the cases of
   * the chosen notices' problems verified as rectified and not yet followed up, all of them or a
   * random share. Closing it closes each problem, or reopens it where the same item fails again.
   */
  followUp: method(
    z.object({
      noticeIds: z.array(id).min(1).max(500),
      name: freeText(100).pipe(z.string().min(2)),
      percent: z.number().int().min(1).max(100).default(100),
      /** The same cases again, or cases of the same squads decided after their reply, checked for the same items. */
      scope: z.enum(FOLLOW_UP_SCOPES).default('same_cases'),
    }),
    z.object({ campaignId: id, cases: z.number().int(), problems: z.number().int() }),
  ),
  /** 整改通知书 as a .docx in the bulletin's official-document layout. */
  exportNotice: method(z.object({ id }), exportResult),
  /** 整改台账 as an .xlsx: every problem of every notice, or of one campaign's. */
  exportRegister: method(z.object({ campaignId: id.optional() }), exportResult),
})
