import { z } from 'zod'
import { method, domain } from './define'
import { id, empty } from './common'
import { rubricSchema } from '../domain/rubric'

export const rubricSummary = z.object({ id, code: z.string(), version: z.number().int(), name: z.string(), publishedAt: z.string() })

export const rubricsContract = domain('rubrics', {
  list: method(empty, z.array(rubricSummary)),
  get: method(z.object({ id }), rubricSummary.extend({ body: rubricSchema })),
})
