import { z } from 'zod'

/** Progress of long work (demo generation, import, export), pushed to the renderer. */
export const progressEvent = z.object({
  task: z.string(),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
})
export type ProgressEvent = z.output<typeof progressEvent>
