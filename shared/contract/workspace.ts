import { z } from 'zod'
import { method, domain } from './define'
import { id, empty, visibleText } from './common'
import { authStatusFields, firstAdminAccount } from './auth'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]

export const workspaceStatus = z.object({
  /** True until the user has chosen demo data or an empty start. */
  needsSetup: z.boolean(),
  caseCount: z.number().int(),
  locale: z.enum(LOCALES),
  /** The signed-in account's reviewer (null when signed out, or for an administrator who reviews nothing). */
  reviewer: z.object({ id, name: z.string(), role: z.enum(['reviewer', 'lead']) }).nullable(),
  ...authStatusFields,
  dataFolder: z.string(),
  /** How many squads the shipped default list (resources/org/default-squads.json) holds. */
  defaultSquadCount: z.number().int(),
})

export const workspaceContract = domain('workspace', {
  status: method(empty, workspaceStatus),
  loadDemo: method(empty, z.object({ cases: z.number().int(), documents: z.number().int() })),
  startEmpty: method(
    z.object({
      /** The first administrator, a lead: their name and account. */
      reviewerName: visibleText(50),
      ...firstAdminAccount,
      /** Start from the district's default squads, or from none. */
      withDefaultSquads: z.boolean().default(true),
    }),
    workspaceStatus,
  ),
  setLocale: method(z.object({ locale: z.enum(LOCALES) }), workspaceStatus),
})
