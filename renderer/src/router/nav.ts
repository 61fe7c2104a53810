export const NAV_KEYS = ['workbench', 'cases', 'campaigns', 'reports', 'rectification', 'settings'] as const
export type NavKey = (typeof NAV_KEYS)[number]

/** Which left-menu entry a route belongs to. */
export function navKeyOf(path: string): NavKey | null {
  const first = path.split('?')[0].split('/').filter(Boolean)[0] ?? ''
  switch (first) {
    case '':
    case 'review':
      return 'workbench'
    case 'cases':
      return 'cases'
    case 'campaigns':
      return 'campaigns'
    case 'reports':
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
  campaigns: '/campaigns',
  reports: '/reports',
  rectification: '/rectification',
  settings: '/settings',
}
