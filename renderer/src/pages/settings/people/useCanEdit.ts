import { useWorkspace } from '../../../layout/workspace'

/** Structure and people are the lead's (the server checks again); a workspace with nobody set up lets anyone begin. */
export function useCanEdit(): { canEdit: boolean; reviewerName: string } {
  const { status } = useWorkspace()
  return { canEdit: !status.reviewer || status.reviewer.role === 'lead', reviewerName: status.reviewer?.name ?? '—' }
}
