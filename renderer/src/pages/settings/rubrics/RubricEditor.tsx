import { Form } from 'antd'
import { useQuery } from '../../../api'
import { CenteredSpin } from '../../../components/CenteredSpin'
import { ErrorResult } from '../../../components/ErrorResult'
import { RubricDraftEditor } from './RubricDraftEditor'
import type { PublishedNotice, RubricRow } from './RubricList'

interface RubricEditorProps {
  rubricId: number
  /** Every stored version, to tell which version publishing makes. */
  versions: RubricRow[]
  onClose: () => void
  onPublished: (notice: PublishedNotice) => void
}

/** Loads one rubric version and opens it as a draft. */
export function RubricEditor({ rubricId, versions, onClose, onPublished }: RubricEditorProps) {
  const rubric = useQuery('rubrics.get', { id: rubricId })
  if (rubric.error) return <ErrorResult error={rubric.error} onRetry={rubric.reload} />
  if (!rubric.data) return <CenteredSpin />
  const sameCode = versions.filter((v) => v.code === rubric.data?.code).map((v) => v.version)
  // The form only lays out the fields; it sits above the draft's state so typing never re-renders it
  // (a re-rendered antd Form makes every field below it render again).
  return (
    <Form layout="vertical" size="small" component="div">
      <RubricDraftEditor source={rubric.data} nextVersion={Math.max(rubric.data.version, ...sameCode) + 1} onClose={onClose} onPublished={onPublished} />
    </Form>
  )
}
