import type ExcelJS from 'exceljs'

const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } }
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }

export interface Column {
  width: number
  /** Long text wraps within the column; other cells stay unstyled (a style per cell costs time in large sheets). */
  wrap?: boolean
  /** An Excel number format, e.g. '0.0' or '0.0%'. */
  numFmt?: string
}

/**
 * A sheet that prints as the meeting reads it: A4 landscape, columns fitted to the page width
 * (as many pages down as it takes), the header rows repeated on every page, the sheet's name in
 * the page header and page numbers in the footer.
 */
export function addPrintSheet(wb: ExcelJS.Workbook, name: string, footer: string, headerRows = 1) {
  return wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `1:${headerRows}`,
    },
    headerFooter: { oddHeader: `&C&A`, oddFooter: `&C${footer}` },
    views: [{ state: 'frozen', ySplit: headerRows }],
  })
}

/** Each column's cell style; returned so that data cells can share the very object. */
export function setColumns(sheet: ExcelJS.Worksheet, columns: Column[]): Partial<ExcelJS.Style>[] {
  const styles = columns.map((c) => ({ alignment: { vertical: 'top' as const, ...(c.wrap ? { wrapText: true } : {}) }, ...(c.numFmt ? { numFmt: c.numFmt } : {}) }))
  sheet.columns = columns.map((c, i) => ({ width: c.width, style: styles[i] }))
  return styles
}

/** Points per line of the default 11-point font. */
const LINE_HEIGHT = 14.5

/** How wide text is in column-width units: a Chinese character takes about two. */
function textWidth(text: string) {
  let units = 0
  for (let i = 0; i < text.length; i++) units += text.charCodeAt(i) > 0x2e7f ? 2 : 1
  return units
}

/**
 * Makes a data row tall enough for its wrapped text: LibreOffice (and Excel until a cell is
 * edited) keeps the default height of a row written without one, and shows only a strip of it.
 */
export function fitRowHeight(row: ExcelJS.Row, columns: readonly Column[]) {
  let lines = 1
  for (const [c, column] of columns.entries()) {
    if (!column.wrap) continue
    const value = row.getCell(c + 1).value
    if (typeof value !== 'string' || value.length * 2 < column.width) continue
    lines = Math.max(lines, Math.ceil(textWidth(value) / Math.max(1, column.width - 1)))
  }
  if (lines > 1) row.height = lines * LINE_HEIGHT
}

/** A shaded, framed header row whose text wraps, so narrow numeric columns keep their width. */
export function addHeaderRow(sheet: ExcelJS.Worksheet, labels: readonly string[]) {
  const row = sheet.addRow([...labels])
  // Tall enough for a label wrapped onto two lines: spreadsheet programs do not grow it on their own.
  row.height = 30
  row.eachCell((cell) => {
    cell.font = { bold: true }
    cell.fill = HEAD_FILL
    cell.border = THIN
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  })
  return row
}

/**
 * A sheet with one header row and the given columns; `add` appends a data row as tall as its
 * wrapped text. Its cells share their column's style object: exceljs then resolves each style once
 * per column when writing, not once per cell (a hundred thousand rows write as fast as unstyled).
 */
export function addTableSheet(wb: ExcelJS.Workbook, name: string, footer: string, header: readonly string[], columns: Column[]) {
  const sheet = addPrintSheet(wb, name, footer)
  const styles = setColumns(sheet, columns)
  addHeaderRow(sheet, header)
  const add = (values: unknown[]) => {
    const row = sheet.addRow(values)
    row.eachCell((cell, col) => {
      const style = styles[col - 1]
      if (style) cell.style = style
    })
    fitRowHeight(row, columns)
  }
  return { sheet, add }
}

/** Frames the cells of a small table (the 汇总 sheet's), wrapping its text. */
export function frame(row: ExcelJS.Row, columns: number) {
  for (let c = 1; c <= columns; c++) {
    const cell = row.getCell(c)
    cell.border = THIN
    cell.alignment = { vertical: 'middle', horizontal: typeof cell.value === 'number' ? 'right' : 'center', wrapText: true }
  }
}
