import { z } from 'zod'
import { method, domain } from './define'
import { id, empty, visibleText } from './common'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]

export const workspaceStatus = z.object({
  /** True until the user has chosen demo data or an empty start. */
  needsSetup: z.boolean(),
  caseCount: z.number().int(),
  locale: z.enum(LOCALES),
  reviewer: z.object({ id, name: z.string(), role: z.enum(['reviewer', 'lead']) }).nullable(),
  dataFolder: z.string(),
  /** How many squads the shipped default list (resources/org/default-squads.json) holds. */
  defaultSquadCount: z.number().int(),
})

export const workspaceContract = domain('workspace', {
  status: method(empty, workspaceStatus),
  loadDemo: method(empty, z.object({ cases: z.number().int(), documents: z.number().int() })),
  startEmpty: method(
    z.object({
      reviewerName: visibleText(50),
      /** Start from the district's default squads, or from none. */
      withDefaultSquads: z.boolean().default(true),
    }),
    workspaceStatus,
  ),
  setLocale: method(z.object({ locale: z.enum(LOCALES) }), workspaceStatus),
})
