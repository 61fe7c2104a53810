import type { AvRecordListQuery } from '../../../../shared/contract/av-records'
import { PAGE_SIZE, useListQuery } from '../../components/useListQuery'

export const AV_RECORD_LIST_KEY = 'caseDesk.avRecordListQuery'
const DEFAULT_QUERY: AvRecordListQuery = { page: 1, pageSize: PAGE_SIZE }

/** The A/V register's filters, kept for the session so going to a linked case and back keeps the list. */
export const useAvRecordListQuery = () => useListQuery(AV_RECORD_LIST_KEY, DEFAULT_QUERY)
