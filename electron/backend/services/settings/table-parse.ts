import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import type { Locale } from '../../../../shared/contract/workspace'
import { AppError } from '../errors'
import { IMPORT_LIMITS } from '../../../../shared/contract/imports'
import { TABLE_LIMIT_TEXT } from '../../../../shared/i18n/import-text'
import type { Cell } from '../../../../shared/domain/imports/values'
import { detectText, parseCsv, type TextEncoding } from './csv'
import { checkTableFile } from './table-check'

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

/** A file outside the bounds every import keeps to (size, rows, columns). */
class TooBig extends Error {}

async function readXlsx(bytes: Buffer, locale: Locale): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  if (sheet.rowCount > IMPORT_LIMITS.rows + 1) throw new TooBig(TABLE_LIMIT_TEXT[locale].tooManyRows({ max: IMPORT_LIMITS.rows }))
  if (sheet.columnCount > IMPORT_LIMITS.columns) throw new TooBig(TABLE_LIMIT_TEXT[locale].tooManyColumns({ max: IMPORT_LIMITS.columns }))
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

export interface TableFile {
  rows: Cell[][]
  /** 'xlsx', or the encoding the CSV text was read in. */
  encoding: 'xlsx' | TextEncoding
}

/**
 * The first sheet of an xlsx file, or a CSV file in UTF-8 or GBK, as rows of cells. Only regular
 * files within IMPORT_LIMITS are read. Runs in a worker thread (readTable in table-file.ts):
 * exceljs holds its thread for seconds on a large workbook.
 */
export async function parseTableFile(path: string, fileName: string, locale: Locale): Promise<TableFile> {
  const refuse = (detail: string) => new AppError('import_invalid', { fileName, detail })
  const limits = TABLE_LIMIT_TEXT[locale]
  await checkTableFile(path, fileName, locale)
  const bytes = await readFile(path).catch(() => Promise.reject(new AppError('file_unreadable', { fileName })))
  if (isOle(bytes)) throw refuse(UNSUPPORTED[locale])
  if (isZip(bytes)) {
    try {
      return { rows: await readXlsx(bytes, locale), encoding: 'xlsx' }
    } catch (err) {
      if (err instanceof TooBig) throw refuse(err.message)
      throw refuse(`${UNSUPPORTED[locale]} (${err instanceof Error ? err.message : String(err)})`)
    }
  }
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe
  if (!utf16 && bytes.includes(0)) throw refuse(UNSUPPORTED[locale])
  const decoded = detectText(bytes)
  if (!decoded) throw refuse(limits.badEncoding)
  const rows = parseCsv(decoded.text)
  if (rows.length > IMPORT_LIMITS.rows + 1) throw refuse(limits.tooManyRows({ max: IMPORT_LIMITS.rows }))
  if (rows.some((r) => r.length > IMPORT_LIMITS.columns)) throw refuse(limits.tooManyColumns({ max: IMPORT_LIMITS.columns }))
  return { rows, encoding: decoded.encoding }
}

