import { z } from 'zod'
import { method, domain } from './define'
import { empty, freeText, id, isoDate, visibleText } from './common'

export const SQUAD_KINDS = ['mobile', 'street', 'town'] as const
export const REVIEWER_ROLES = ['reviewer', 'lead'] as const

const personName = visibleText(50)
/** 执法证号 as printed on the card: digits and letters, perhaps with hyphens. */
export const badgeNumber = z
  .string()
  .trim()
  .min(1, 'badge number is required')
  .max(32)
  .regex(/^[0-9A-Za-z-]+$/, 'badge number: digits, letters and hyphens only')

export const squadRow = z.object({
  id,
  name: z.string(),
  kind: z.enum(SQUAD_KINDS),
  sortOrder: z.number().int(),
  active: z.boolean(),
  caseCount: z.number().int(),
  officerCount: z.number().int(),
  reviewerCount: z.number().int(),
})
export type SquadRow = z.output<typeof squadRow>

export const squadFields = z.object({ name: visibleText(50), kind: z.enum(SQUAD_KINDS) })

export const officerRow = z.object({
  id,
  name: z.string(),
  badgeNumber: z.string(),
  squadId: id,
  squadName: z.string(),
  certified: z.boolean(),
  certificateNumber: z.string().nullable(),
  certificateExpiresOn: isoDate.nullable(),
  active: z.boolean(),
  caseCount: z.number().int(),
})
export type OfficerRow = z.output<typeof officerRow>

export const officerFields = z
  .object({
    name: personName,
    badgeNumber,
    squadId: id,
    certified: z.boolean(),
    certificateNumber: freeText(40).nullable().default(null).transform((v) => v || null),
    certificateExpiresOn: isoDate.nullable().default(null),
  })
  .refine((o) => o.certified || (o.certificateNumber === null && o.certificateExpiresOn === null), {
    message: 'an officer without a certificate has no certificate number or expiry date',
    path: ['certificateNumber'],
  })
export type OfficerFields = z.input<typeof officerFields>

export const reviewerRow = z.object({
  id,
  name: z.string(),
  role: z.enum(REVIEWER_ROLES),
  squadId: id.nullable(),
  squadName: z.string().nullable(),
  officerId: id.nullable(),
  officerName: z.string().nullable(),
  active: z.boolean(),
  /** The reviewer set at this PC. */
  current: z.boolean(),
})
export type ReviewerRow = z.output<typeof reviewerRow>

export const reviewerFields = z.object({
  name: personName,
  role: z.enum(REVIEWER_ROLES),
  /** For recusal: cases of this squad, and of this officer, never go to the reviewer. */
  squadId: id.nullable().default(null),
  officerId: id.nullable().default(null),
})
export type ReviewerFields = z.input<typeof reviewerFields>

const setActive = z.object({ id, active: z.boolean() })

/** 设置 → 机构与人员: squads, officers and reviewers. Every change is lead-only and audited. */
export const peopleContract = domain('people', {
  squads: method(empty, z.array(squadRow)),
  createSquad: method(squadFields, squadRow),
  updateSquad: method(z.object({ id, fields: squadFields }), squadRow),
  /** The full order of all squads, first to last. */
  reorderSquads: method(z.object({ ids: z.array(id).min(1).max(500) }), z.array(squadRow)),
  setSquadActive: method(setActive, squadRow),
  /** Only a squad no case, officer or reviewer refers to; otherwise deactivate it. */
  removeSquad: method(z.object({ id }), z.object({ ok: z.literal(true) })),

  officers: method(z.object({ squadId: id.optional(), active: z.boolean().optional() }).strict(), z.array(officerRow)),
  createOfficer: method(officerFields, officerRow),
  updateOfficer: method(z.object({ id, fields: officerFields }), officerRow),
  setOfficerActive: method(setActive, officerRow),

  reviewers: method(empty, z.array(reviewerRow)),
  createReviewer: method(reviewerFields, reviewerRow),
  updateReviewer: method(z.object({ id, fields: reviewerFields }), reviewerRow),
  setReviewerActive: method(setActive, reviewerRow),
})
