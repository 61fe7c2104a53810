import { z } from 'zod'

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
export const id = z.number().int().positive()
export const sha256 = z.string().regex(/^[0-9a-f]{64}$/)
export const pageRequest = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
})
export const empty = z.object({}).strict()
export const ok = z.object({ ok: z.literal(true) })
