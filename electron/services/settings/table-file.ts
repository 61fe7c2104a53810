import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import ExcelJS from 'exceljs'
import type { Locale } from '../../../shared/contract/workspace'
import { AppError } from '../errors'
import type { SystemPorts } from '../context'
import { decodeText, parseCsv } from './csv'

/** A cell as read from xlsx or CSV (dates as YYYY-MM-DD). */
export type Cell = string | number | null

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04
// The old binary .xls (OLE compound file), which exceljs cannot read.
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'boolean') return String(value)
  // exceljs gives date cells as UTC midnight of the day shown.
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('result' in value) return cellOf(value.result as ExcelJS.CellValue)
  if ('text' in value) return String(value.text)
  return null
}

async function readXlsx(bytes: Buffer): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  const rows: Cell[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: Cell[] = []
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellOf(row.getCell(c).value))
    rows[n - 1] = cells
  })
  return Array.from(rows, (r) => r ?? [])
}

const UNSUPPORTED = {
  'zh-CN': '无法识别的文件格式，请使用 .xlsx 或 .csv 文件（旧版 .xls 请先在 Excel / WPS 中另存为 .xlsx）',
  en: 'unrecognised file format: use an .xlsx or .csv file (save an old .xls as .xlsx in Excel or WPS first)',
}

/** The first sheet of an xlsx file, or a CSV file in UTF-8 or GBK, as rows of cells. */
export async function readTableFile(path: string, fileName: string, locale: Locale): Promise<Cell[][]> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch {
    throw new AppError('file_unreadable', { fileName })
  }
  if (isOle(bytes)) throw new AppError('import_invalid', { fileName, detail: UNSUPPORTED[locale] })
  if (isZip(bytes)) {
    try {
      return await readXlsx(bytes)
    } catch (err) {
      throw new AppError('import_invalid', { fileName, detail: `${UNSUPPORTED[locale]} (${err instanceof Error ? err.message : String(err)})` })
    }
  }
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe
  if (!utf16 && bytes.includes(0)) throw new AppError('import_invalid', { fileName, detail: UNSUPPORTED[locale] })
  return parseCsv(decodeText(bytes))
}

/** The file to import: the one given, or the one the user picks on the desktop; null if cancelled. */
export async function importPath(
  ports: SystemPorts,
  source: { path?: string; fileName?: string },
): Promise<{ path: string; fileName: string } | null> {
  if (source.path) return { path: source.path, fileName: source.fileName ?? basename(source.path) }
  if (!ports.pickFiles) throw new AppError('desktop_only')
  const [picked] = await ports.pickFiles({ name: 'Excel / CSV', extensions: ['xlsx', 'csv'] })
  return picked ? { path: picked, fileName: basename(picked) } : null
}
