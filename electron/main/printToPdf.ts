import { mkdir, writeFile } from 'node:fs/promises'
import type { IpcMain, WebFrameMain } from 'electron'
import type { Envelope } from '../../shared/contract/errors'
import type { Locale } from '../../shared/contract/workspace'
import { errorMessage } from '../../shared/i18n/error-messages'
import { AppError } from '../backend/services/errors'
import { exportFilePath, pdfFileName } from '../backend/services/exports/files'

export const PRINT_TO_PDF_CHANNEL = 'print:toPdf'

interface PrintToPdfPorts {
  exportsDir: string
  trusted(frame: WebFrameMain | null): boolean
  reveal(path: string): void
  locale(): Promise<Locale>
}

type Written = { fileName: string; filePath: string; byteSize: number }

/**
 * Prints the calling page as an A4 PDF with Chromium's own print pipeline (the same one a test
 * reaches through page.pdf), writes it into the exports folder and shows it there (docs/adr/0006).
 */
export function handlePrintToPdf(ipc: IpcMain, ports: PrintToPdfPorts): void {
  ipc.handle(PRINT_TO_PDF_CHANNEL, async (event, fileName: unknown, options: unknown): Promise<Envelope<Written>> => {
    if (!ports.trusted(event.senderFrame)) throw new Error('untrusted sender')
    try {
      const landscape = (options as { landscape?: unknown } | null)?.landscape === true
      const name = pdfFileName(String(fileName), new Date())
      const filePath = exportFilePath(ports.exportsDir, name)
      // The page's @page rules give size and margins; the options say the same for pages without them.
      const data = await event.sender.printToPDF({ pageSize: 'A4', landscape, printBackground: true, preferCSSPageSize: true })
      await mkdir(ports.exportsDir, { recursive: true })
      await writeFile(filePath, data)
      ports.reveal(filePath)
      return { ok: true, value: { fileName: name, filePath, byteSize: data.length } }
    } catch (err) {
      const locale = await ports.locale().catch(() => 'zh-CN' as const)
      if (err instanceof AppError) return { ok: false, error: { code: err.code, message: errorMessage(err.code, locale, err.params) } }
      return { ok: false, error: { code: 'internal', message: errorMessage('internal', locale, { detail: err instanceof Error ? err.message : String(err) }) } }
    }
  })
}
