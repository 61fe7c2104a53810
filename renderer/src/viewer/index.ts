export { DocumentViewer, type DocumentViewerProps, type EvidenceCapture, type ViewerFocus } from './DocumentViewer'
export { isEditableTarget } from './useViewerKeys'
export { prepareScan, quietMoment, type PreparedScan } from './prepareScan'
