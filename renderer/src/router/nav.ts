export const NAV_KEYS = ['workbench', 'cases', 'avRecords', 'complaints', 'campaigns', 'reports', 'quotas', 'rectification', 'settings'] as const
export type NavKey = (typeof NAV_KEYS)[number]

function firstSegment(path: string): string {
  const [pathname = ''] = path.split('?')
  const [first = ''] = pathname.split('/').filter(Boolean)
  return first
}

/** The review screen is reached from the workbench, a case or a campaign: the menu keeps that entry. */
export function keepsOriginNav(path: string): boolean {
  return firstSegment(path) === 'review'
}

/** Which left-menu entry a route belongs to. */
export function navKeyOf(path: string): NavKey | null {
  const first = firstSegment(path)
  switch (first) {
    case '':
      return 'workbench'
    case 'cases':
      return 'cases'
    case 'av-records':
      return 'avRecords'
    case 'complaints':
      return 'complaints'
    case 'campaigns':
      return 'campaigns'
    case 'reports':
    case 'quotas':
    case 'rectification':
    case 'settings':
      return first
    default:
      return null
  }
}

export const NAV_PATHS: Record<NavKey, string> = {
  workbench: '/',
  cases: '/cases',
  avRecords: '/av-records',
  complaints: '/complaints',
  campaigns: '/campaigns',
  reports: '/reports',
  quotas: '/quotas',
  rectification: '/rectification',
  settings: '/settings',
}
