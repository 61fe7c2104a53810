import { lazy, Suspense, type ReactNode } from 'react'
import { CampaignListPage } from '../pages/campaigns/CampaignListPage'
import { CampaignPage } from '../pages/campaigns/CampaignPage'
import { RectificationListPage } from '../pages/rectification/RectificationListPage'
import { QuotaDashboardPage } from '../pages/quotas/QuotaDashboardPage'
import { NoticePage } from '../pages/rectification/NoticePage'
import { AdjudicationPage } from '../pages/adjudication/AdjudicationPage'
import { CenteredSpin } from '../components/CenteredSpin'
import { CasePage } from '../pages/case/CasePage'
import { CaseListPage } from '../pages/register/CaseListPage'
import { AvRecordListPage } from '../pages/av-records/AvRecordListPage'
import { ComplaintListPage } from '../pages/complaints/ComplaintListPage'
import { NotFoundPage } from '../pages/placeholder/NotFoundPage'
import { SettingsPage } from '../pages/settings/SettingsPage'
import { WorkbenchPage } from '../pages/workbench/WorkbenchPage'
import { ReviewPage } from '../pages/review/ReviewPage'
import { parseScopeParam } from '../../../shared/domain/statistics/scope-param'
import { matchPath } from './hash'

interface Route {
  pattern: string
  /** Full-bleed pages (the review screen) use the whole content area without padding or page scroll. */
  fullBleed?: boolean
  /** Bare pages (the presentation, print views) take the whole window, without the menu and header. */
  bare?: boolean
  render: (params: Record<string, string>, query: URLSearchParams) => ReactNode
}

/** A route parameter by the name its pattern gives it; resolveRoute has checked that each is a database id. */
function id(value: string | undefined): number {
  if (value === undefined) throw new Error('the route pattern has no such parameter')
  return Number(value)
}
/** A database id from the query string, or null when it is not one. */
const positiveId = (value: string | null) => (value && /^[1-9]\d*$/.test(value) ? Number(value) : null)

// The statistics page brings the chart library: loaded when first opened, not with the review screen.
const ReportsPage = lazy(() => import('../pages/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })))
const PresentationPage = lazy(() => import('../pages/presentation/PresentationPage').then((m) => ({ default: m.PresentationPage })))
const SheetsPrintPage = lazy(() => import('../pages/sheets/SheetsPrintPage').then((m) => ({ default: m.SheetsPrintPage })))
const SlidesPrintPage = lazy(() => import('../pages/presentation/SlidesPrintPage').then((m) => ({ default: m.SlidesPrintPage })))

// Keys make a page start fresh when only its id changes (e.g. next case in the review queue).
const ROUTES: Route[] = [
  { pattern: '/', render: () => <WorkbenchPage /> },
  { pattern: '/cases', render: () => <CaseListPage /> },
  { pattern: '/cases/:id', render: (p) => <CasePage key={p.id} caseId={id(p.id)} /> },
  { pattern: '/av-records', render: () => <AvRecordListPage /> },
  { pattern: '/complaints', render: () => <ComplaintListPage /> },
  { pattern: '/review/:assignmentId', fullBleed: true, render: (p) => <ReviewPage key={p.assignmentId} assignmentId={id(p.assignmentId)} /> },
  { pattern: '/campaigns', render: () => <CampaignListPage /> },
  { pattern: '/campaigns/:id', render: (p) => <CampaignPage key={p.id} campaignId={id(p.id)} /> },
  { pattern: '/campaigns/:id/adjudicate/:caseId', render: (p) => <AdjudicationPage key={`${p.id}/${p.caseId}`} campaignId={id(p.id)} caseId={id(p.caseId)} /> },
  { pattern: '/quotas', render: () => <QuotaDashboardPage /> },
  { pattern: '/rectification', render: () => <RectificationListPage /> },
  { pattern: '/rectification/:id', render: (p) => <NoticePage key={p.id} noticeId={id(p.id)} /> },
  {
    pattern: '/reports',
    render: (_, q) => (
      <Suspense fallback={<CenteredSpin />}>
        <ReportsPage initialScope={parseScopeParam(q.get('scope'))} />
      </Suspense>
    ),
  },
  {
    pattern: '/present',
    bare: true,
    render: (_, q) => (
      <Suspense fallback={<CenteredSpin />}>
        <PresentationPage key={q.get('scope')} scope={parseScopeParam(q.get('scope'))} />
      </Suspense>
    ),
  },
  {
    pattern: '/present/print',
    bare: true,
    render: (_, q) => (
      <Suspense fallback={<CenteredSpin />}>
        <SlidesPrintPage key={q.toString()} scope={parseScopeParam(q.get('scope'))} masked={q.get('masked') === '1'} />
      </Suspense>
    ),
  },
  {
    pattern: '/print/sheets',
    bare: true,
    render: (_, q) => {
      const campaignId = positiveId(q.get('campaign'))
      if (!campaignId) return <NotFoundPage />
      const caseId = positiveId(q.get('case')) ?? undefined
      const from = Math.max(0, Math.floor(Number(q.get('from')) || 0))
      return (
        <Suspense fallback={<CenteredSpin />}>
          <SheetsPrintPage key={q.toString()} campaignId={campaignId} caseId={caseId} from={from} />
        </Suspense>
      )
    },
  },
  { pattern: '/settings', render: () => <SettingsPage /> },
]

export function resolveRoute(path: string): { element: ReactNode; fullBleed: boolean; bare: boolean } {
  const query = new URLSearchParams(path.split('?')[1] ?? '')
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path)
    // Every route parameter is a database id.
    if (!params || Object.values(params).some((v) => !/^[1-9]\d*$/.test(v))) continue
    return { element: route.render(params, query), fullBleed: route.fullBleed ?? false, bare: route.bare ?? false }
  }
  return { element: <NotFoundPage />, fullBleed: false, bare: false }
}
