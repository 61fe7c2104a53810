import { z } from 'zod'
import { method, domain } from './define'
import { empty, id } from './common'

export const reviewer = z.object({ id, name: z.string(), role: z.enum(['reviewer', 'lead']) })
export type Reviewer = z.output<typeof reviewer>

export const reviewersContract = domain('reviewers', {
  list: method(empty, z.array(reviewer)),
  /** Who works at this PC: their name goes into the audit log, their role decides lead-only actions. */
  setCurrent: method(z.object({ reviewerId: id }), reviewer),
})
