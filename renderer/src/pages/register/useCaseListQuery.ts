import type { CaseListQuery } from '../../../../shared/contract/cases'
import { PAGE_SIZE, useListQuery } from '../../components/useListQuery'

export { PAGE_SIZE }
export const CASE_LIST_KEY = 'caseDesk.caseListQuery'
const DEFAULT_QUERY: CaseListQuery = { page: 1, pageSize: PAGE_SIZE, sortBy: 'filedOn', sortOrder: 'desc' }

/** The registry's filters, kept for the session so going back from a case keeps the list. */
export const useCaseListQuery = () => useListQuery(CASE_LIST_KEY, DEFAULT_QUERY)
