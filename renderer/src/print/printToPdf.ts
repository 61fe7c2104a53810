import { ApiError } from '../api'
import { desktopBridge } from '../api/desktop'

export interface PdfExport {
  fileName: string
  filePath: string
  byteSize: number
}

/**
 * Saves the current view as an A4 PDF. In the desktop app Chromium prints it (printToPDF) into the
 * exports folder and shows the file in its folder; in a browser the print dialog opens, where
 * "Save as PDF" does the same (null is returned: the browser keeps the file).
 */
export async function printToPdf(fileName: string, { landscape = false }: { landscape?: boolean } = {}): Promise<PdfExport | null> {
  const desktop = desktopBridge()
  if (!desktop?.printToPdf) {
    window.print()
    return null
  }
  const envelope = await desktop.printToPdf(fileName, { landscape })
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message)
  return envelope.value
}

/** Prints the current view on a printer, through the system's print dialog. */
export function printPage(): void {
  window.print()
}
