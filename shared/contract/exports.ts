import { z } from 'zod'
import { method, domain } from './define'
import { id } from './common'

export const exportResult = z.object({ fileName: z.string(), filePath: z.string(), byteSize: z.number().int() })
export type ExportResult = z.output<typeof exportResult>

export const exportsContract = domain('exports', {
  /** Writes the campaign's evaluations as an xlsx workbook into the exports folder and hands it to the user. */
  campaignWorkbook: method(z.object({ campaignId: id }), exportResult),
})
