import { z } from 'zod'
import data from '../../../../resources/org/default-squads.json'

const defaultSquad = z.object({
  /** A stable key the demo generator names its officers and places by. */
  key: z.string().regex(/^[a-z]+$/),
  name: z.string().trim().min(1).max(50),
  kind: z.enum(['mobile', 'street', 'town']),
  /** Two digits: the squad's part of a badge number. */
  code: z.string().regex(/^\d{2}$/),
  /** The street or town the squad covers; empty for the mobile squad. */
  area: z.string().max(50),
})
export type DefaultSquad = z.output<typeof defaultSquad>

/**
 * The district's squads as shipped in resources/org/default-squads.json: what an empty install
 * may start from and what the demo is built on. Checked once, so a bad edit fails at start.
 */
export const DEFAULT_SQUADS: readonly DefaultSquad[] = z
  .array(defaultSquad)
  .min(1)
  .refine((all) => new Set(all.map((s) => s.key)).size === all.length && new Set(all.map((s) => s.name)).size === all.length, 'keys and names must be unique')
  .parse(data)
