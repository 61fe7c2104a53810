import { z } from 'zod'
import { method, domain } from './define'
import { empty } from './common'

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
})
export type AuditEntry = z.output<typeof auditEntry>

export const auditContract = domain('audit', {
  /** The history of one record (e.g. an evaluation), oldest first. */
  history: method(z.object({ entity: z.string().min(1), entityId: z.union([z.string(), z.number()]).transform(String) }), z.array(auditEntry)),
  /** Walks the hash chain; names the first row whose hash or link does not match. */
  verify: method(
    empty,
    z.object({ ok: z.boolean(), rows: z.number().int(), firstBrokenId: z.number().int().nullable(), reason: z.enum(['hash_mismatch', 'broken_link']).nullable() }),
  ),
})
