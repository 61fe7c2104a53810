import type { DocumentInfo } from '../../../../shared/contract/documents'
import type { DocumentEdits } from '../../viewer'
import { useStoredRotations } from './useStoredRotations'
import { useStoredTags } from './useStoredTags'

/**
 * What a reader changes in the document the viewer shows, kept on the server: page rotations and
 * the 卷内目录. Spread into the viewer's props. `onChange` hears of the document as stored after a turn.
 */
export function useDocumentEdits(doc: DocumentInfo | null, onChange?: (doc: DocumentInfo) => void): DocumentEdits {
  const { rotations, rotate } = useStoredRotations(doc, onChange)
  const { tags, save } = useStoredTags(doc?.id ?? null)
  return { rotations, onRotate: rotate, tags, onTagsChange: save }
}
