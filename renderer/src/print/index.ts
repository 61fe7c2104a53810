export { PrintPreview, PrintPage } from './PrintPreview'
export { usePrintPending } from './readiness'
export { printToPdf, printPage, type PdfExport } from './printToPdf'
