import { lazy, Suspense, type ReactNode } from 'react'
import { CampaignListPage } from '../pages/campaigns/CampaignListPage'
import { CampaignPage } from '../pages/campaigns/CampaignPage'
import { AdjudicationPage } from '../pages/adjudication/AdjudicationPage'
import { CenteredSpin } from '../components/CenteredSpin'
import { CasePage } from '../pages/case/CasePage'
import { CaseListPage } from '../pages/cases/CaseListPage'
import { NotFoundPage } from '../pages/placeholder/NotFoundPage'
import { SettingsPage } from '../pages/settings/SettingsPage'
import { WorkbenchPage } from '../pages/workbench/WorkbenchPage'
import { ReviewPage } from '../review/ReviewPage'
import { matchPath } from './hash'

interface Route {
  pattern: string
  /** Full-bleed pages (the review screen) use the whole content area without padding or page scroll. */
  fullBleed?: boolean
  render: (params: Record<string, string>) => ReactNode
}

const id = (value: string) => Number(value)

// The statistics page brings the chart library: loaded when first opened, not with the review screen.
const ReportsPage = lazy(() => import('../pages/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })))

// Keys make a page start fresh when only its id changes (e.g. next case in the review queue).
const ROUTES: Route[] = [
  { pattern: '/', render: () => <WorkbenchPage /> },
  { pattern: '/cases', render: () => <CaseListPage /> },
  { pattern: '/cases/:id', render: (p) => <CasePage key={p.id} caseId={id(p.id)} /> },
  { pattern: '/review/:assignmentId', fullBleed: true, render: (p) => <ReviewPage key={p.assignmentId} assignmentId={id(p.assignmentId)} /> },
  { pattern: '/campaigns', render: () => <CampaignListPage /> },
  { pattern: '/campaigns/:id', render: (p) => <CampaignPage key={p.id} campaignId={id(p.id)} /> },
  { pattern: '/campaigns/:id/adjudicate/:caseId', render: (p) => <AdjudicationPage key={`${p.id}/${p.caseId}`} campaignId={id(p.id)} caseId={id(p.caseId)} /> },
  {
    pattern: '/reports',
    render: () => (
      <Suspense fallback={<CenteredSpin />}>
        <ReportsPage />
      </Suspense>
    ),
  },
  { pattern: '/settings', render: () => <SettingsPage /> },
]

export function resolveRoute(path: string): { element: ReactNode; fullBleed: boolean } {
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path)
    // Every route parameter is a database id.
    if (!params || Object.values(params).some((v) => !/^[1-9]\d*$/.test(v))) continue
    return { element: route.render(params), fullBleed: route.fullBleed ?? false }
  }
  return { element: <NotFoundPage />, fullBleed: false }
}
