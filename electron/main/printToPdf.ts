import { writeFile } from 'node:fs/promises'
import type { IpcMain, WebFrameMain } from 'electron'
import type { Envelope } from '../../shared/contract/errors'
import type { ExportResult } from '../../shared/contract/exports'
import { errorMessage } from '../../shared/i18n/error-messages'
import type { ServiceContext } from '../backend/services/context'
import { AppError } from '../backend/services/errors'
import { writeExport } from '../backend/services/exports/files'

export const PRINT_TO_PDF_CHANNEL = 'print:toPdf'

interface PrintToPdfPorts {
  /** The backend's context of the moment (a restore replaces it): exports folder, clock, delivery, language. */
  ctx(): ServiceContext
  trusted(frame: WebFrameMain | null): boolean
  /** Printing writes an export: only for a window someone is signed in at. */
  signedIn(): boolean
}

/**
 * Prints the calling page as an A4 PDF with Chromium's own print pipeline (the same one a test
 * reaches through page.pdf) and writes it as an export, shown in its folder (docs/adr/0006).
 */
export function handlePrintToPdf(ipc: IpcMain, { ctx, trusted, signedIn }: PrintToPdfPorts): void {
  ipc.handle(PRINT_TO_PDF_CHANNEL, async (event, fileName: unknown, options: unknown): Promise<Envelope<ExportResult>> => {
    if (!trusted(event.senderFrame)) throw new Error('untrusted sender')
    try {
      if (!signedIn()) throw new AppError('signed_out')
      const landscape = (options as { landscape?: unknown } | null)?.landscape === true
      // The page's @page rules give size and margins; the options say the same for pages without them.
      const data = await event.sender.printToPDF({ pageSize: 'A4', landscape, printBackground: true, preferCSSPageSize: true })
      return { ok: true, value: await writeExport(ctx(), String(fileName), 'pdf', (filePath) => writeFile(filePath, data)) }
    } catch (err) {
      const locale = await ctx()
        .locale()
        .catch(() => 'zh-CN' as const)
      if (err instanceof AppError) return { ok: false, error: { code: err.code, message: errorMessage(err.code, locale, err.params) } }
      return { ok: false, error: { code: 'internal', message: errorMessage('internal', locale, { detail: err instanceof Error ? err.message : String(err) }) } }
    }
  })
}
