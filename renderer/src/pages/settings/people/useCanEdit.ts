import { useRights } from '../../../layout/workspace'

/** Structure and people are a lead's (an administrator's too); the server checks again. */
export function useCanEdit(): { canEdit: boolean; reviewerName: string } {
  const { lead, name } = useRights()
  return { canEdit: lead, reviewerName: name }
}
