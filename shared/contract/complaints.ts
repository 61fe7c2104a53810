import { z } from 'zod'
import { domain, method } from './define'
import { freeText, id, isoDate, ok, pageRequest, visibleText } from './common'

/** Where a complaint came from: the 12345 hotline, a petition (信访), or elsewhere. */
export const COMPLAINT_SOURCES = ['hotline', 'petition', 'other'] as const
export type ComplaintSource = (typeof COMPLAINT_SOURCES)[number]

export const COMPLAINT_LIMITS = { ticketNumber: 64, subject: 500, address: 200, party: 200, result: 2000 } as const

/** A complaint's fields as stored and audited. */
export const complaintRecord = z.object({
  ticketNumber: visibleText(COMPLAINT_LIMITS.ticketNumber),
  source: z.enum(COMPLAINT_SOURCES).default('hotline'),
  receivedOn: isoDate,
  subject: visibleText(COMPLAINT_LIMITS.subject),
  /** Where the matter is; with the party, what tells a repeat complaint. Stored sealed. */
  address: freeText(COMPLAINT_LIMITS.address).default(''),
  /** Who is complained about. Stored sealed. */
  party: freeText(COMPLAINT_LIMITS.party).default(''),
  squadId: id,
  result: freeText(COMPLAINT_LIMITS.result).default(''),
  closedOn: isoDate.nullable().default(null),
  repliedOn: isoDate.nullable().default(null),
})

export const complaintFields = complaintRecord
  .refine((c) => c.closedOn === null || c.closedOn >= c.receivedOn, { message: 'closed before it was received', path: ['closedOn'] })
  .refine((c) => c.repliedOn === null || c.repliedOn >= c.receivedOn, { message: 'replied before it was received', path: ['repliedOn'] })
export type ComplaintFields = z.output<typeof complaintFields>

/** A repeat complaint: ≥ `minCount` complaints on the same address or party within `windowDays` (the plan's 重复诉件). */
export const repeatRule = z.object({ minCount: z.number().int().min(2).max(20), windowDays: z.number().int().min(1).max(3660) })
export type RepeatRule = z.output<typeof repeatRule>
export const DEFAULT_REPEAT_RULE: RepeatRule = { minCount: 3, windowDays: 365 }

/** Why a complaint is a repeat: the complaints that make it one, by the same address or party. */
export const repeatFlag = z.object({ by: z.enum(['address', 'party']), count: z.number().int(), firstOn: isoDate, lastOn: isoDate })

export const complaintSummary = z.object({
  id,
  ticketNumber: z.string(),
  source: z.enum(COMPLAINT_SOURCES),
  receivedOn: isoDate,
  subject: z.string(),
  address: z.string(),
  party: z.string(),
  squadId: id,
  squadName: z.string(),
  result: z.string(),
  closedOn: isoDate.nullable(),
  repliedOn: isoDate.nullable(),
  repeat: repeatFlag.nullable(),
})
export type ComplaintSummary = z.output<typeof complaintSummary>

export const complaintDetail = complaintSummary.extend({ createdAt: z.string(), updatedAt: z.string() })
export type ComplaintDetail = z.output<typeof complaintDetail>

export const complaintListQuery = pageRequest.extend({
  /** Part of the ticket number, the subject, the address or the party. */
  search: z.string().trim().max(100).optional(),
  squadIds: z.array(id).max(200).optional(),
  sources: z.array(z.enum(COMPLAINT_SOURCES)).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Only repeat complaints. */
  repeatsOnly: z.boolean().optional(),
})
export type ComplaintListQuery = z.input<typeof complaintListQuery>

export const complaintsContract = domain('complaints', {
  list: method(complaintListQuery, z.object({ total: z.number().int(), repeats: z.number().int(), items: z.array(complaintSummary) })),
  get: method(z.object({ id }), complaintDetail),
  create: method(complaintFields, complaintDetail),
  update: method(z.object({ id, fields: complaintFields }), complaintDetail),
  remove: method(z.object({ id }), ok),
  repeatRule: method(z.object({}).strict(), repeatRule),
  setRepeatRule: method(repeatRule, repeatRule),
})
