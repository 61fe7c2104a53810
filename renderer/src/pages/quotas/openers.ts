import type { QuotaDashboard, QuotaKey } from '../../../../shared/contract/quotas'
import type { AvRecordListQuery } from '../../../../shared/contract/av-records'
import type { CaseListQuery } from '../../../../shared/contract/cases'
import type { ComplaintListQuery } from '../../../../shared/contract/complaints'
import { openListAt } from '../../components/useListQuery'
import { navigate } from '../../router/hash'
import { AV_RECORD_LIST_KEY } from '../av-records/useAvRecordListQuery'
import { COMPLAINT_LIST_KEY } from '../complaints/useComplaintListQuery'
import { CASE_LIST_KEY } from '../register/useCaseListQuery'

/** Where a figure's objects are listed, on the period's filters; none for the officers (listed on the page). */
export function openerOf(key: QuotaKey, d: QuotaDashboard): (() => void) | undefined {
  const period = { from: d.from, to: d.to }
  switch (key) {
    case 'caseFiles':
    case 'legalReviews':
      return () => openListAt<CaseListQuery>('/cases', CASE_LIST_KEY, { statuses: ['closed', 'archived'], sortBy: 'filedOn', sortOrder: 'desc' })
    case 'avRecords':
      return () => openListAt<AvRecordListQuery>('/av-records', AV_RECORD_LIST_KEY, period)
    case 'complaints':
      return () => openListAt<ComplaintListQuery>('/complaints', COMPLAINT_LIST_KEY, period)
    case 'repeatComplaints':
      return () => openListAt<ComplaintListQuery>('/complaints', COMPLAINT_LIST_KEY, { ...period, repeatsOnly: true })
    case 'monthlyCampaigns':
      return () => navigate('/campaigns')
    case 'rectification':
      return () => navigate('/rectification')
    case 'officers':
      return undefined
  }
}
