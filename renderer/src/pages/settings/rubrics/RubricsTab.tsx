import { useState } from 'react'
import { useQuery } from '../../../api'
import { ErrorResult } from '../../../components/ErrorResult'
import { navigate, useHashPath } from '../../../router/hash'
import { RubricEditor } from './RubricEditor'
import { RubricList, type PublishedNotice } from './RubricList'

const LIST_PATH = '/settings?tab=rubrics'

function editingId(path: string): number | null {
  const id = Number(new URLSearchParams(path.split('?')[1] ?? '').get('rubric'))
  return Number.isInteger(id) && id > 0 ? id : null
}

/** 评查标准: the versions of every rubric; `?rubric=<id>` opens one in the editor. */
export function RubricsTab() {
  const editing = editingId(useHashPath())
  const list = useQuery('rubrics.list', {})
  const [published, setPublished] = useState<PublishedNotice | null>(null)

  if (list.error) return <ErrorResult error={list.error} onRetry={list.reload} />
  if (editing !== null) {
    return (
      <RubricEditor
        key={editing}
        rubricId={editing}
        versions={list.data ?? []}
        onClose={() => navigate(LIST_PATH)}
        onPublished={(notice) => {
          setPublished(notice)
          list.reload()
          navigate(LIST_PATH)
        }}
      />
    )
  }
  return (
    <RubricList
      rows={list.data}
      loading={list.loading}
      reload={list.reload}
      published={published}
      onDismissPublished={() => setPublished(null)}
      onEdit={(id) => navigate(`${LIST_PATH}&rubric=${id}`)}
    />
  )
}
