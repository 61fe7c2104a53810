export { DocumentViewer, type DocumentEdits, type DocumentViewerProps, type EvidenceCapture } from './DocumentViewer'
export type { ViewerFocus } from './useViewerFocus'
export { isEditableTarget } from './useViewerKeys'
export { prepareScan, quietMoment, type PreparedScan } from './prepareScan'
