export { DocumentViewer, type DocumentViewerProps } from './DocumentViewer'
export { isEditableTarget } from './useViewerKeys'
