import type { ComplaintListQuery } from '../../../../shared/contract/complaints'
import { PAGE_SIZE, useListQuery } from '../../components/useListQuery'

export const COMPLAINT_LIST_KEY = 'caseDesk.complaintListQuery'
const DEFAULT_QUERY: ComplaintListQuery = { page: 1, pageSize: PAGE_SIZE }

/** The complaint register's filters, kept for the session. */
export const useComplaintListQuery = () => useListQuery(COMPLAINT_LIST_KEY, DEFAULT_QUERY)
