import type { ComplaintListQuery } from '../../../../shared/contract/complaints'
import { PAGE_SIZE, useListQuery } from '../../components/useListQuery'

export { PAGE_SIZE }
const DEFAULT_QUERY: ComplaintListQuery = { page: 1, pageSize: PAGE_SIZE }

/** The complaint register's filters, kept for the session. */
export const useComplaintListQuery = () => useListQuery('caseDesk.complaintListQuery', DEFAULT_QUERY)
