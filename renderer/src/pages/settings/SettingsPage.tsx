import { Result, Tabs } from 'antd'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/PageHeader'
import { navigate, useHashPath } from '../../router/hash'
import { RubricsTab } from './rubrics/RubricsTab'
import { CalendarTab } from './calendar/CalendarTab'
import { DiscretionTab } from './discretion/DiscretionTab'
import { DeadlinesTab } from './deadlines/DeadlinesTab'
import { PeopleTab } from './people/PeopleTab'
import { BulletinSettingsTab } from './bulletin/BulletinSettingsTab'
import { BackupsTab } from './backups/BackupsTab'
import { AuditTab } from './audit/AuditTab'
import { AccountsTab } from './accounts/AccountsTab'
import { useRights } from '../../layout/workspace'

const TABS = { rubrics: RubricsTab, calendar: CalendarTab, discretion: DiscretionTab, deadlines: DeadlinesTab, people: PeopleTab, bulletin: BulletinSettingsTab, backups: BackupsTab, accounts: AccountsTab, audit: AuditTab } as const
type TabKey = keyof typeof TABS
/** Accounts and backups are an administrator's; the rest of the settings a lead's. */
const ADMIN_TABS: ReadonlySet<TabKey> = new Set(['backups', 'accounts'])

function tabOf(path: string): TabKey {
  const tab = new URLSearchParams(path.split('?')[1] ?? '').get('tab')
  return tab !== null && tab in TABS ? (tab as TabKey) : 'rubrics'
}

/** 设置: rubrics, calendar, discretion baseline, limits, people, bulletin; for administrators also backups and accounts. */
export function SettingsPage() {
  const { t } = useTranslation()
  const rights = useRights()
  const requested = tabOf(useHashPath())
  if (!rights.lead) return <Result status="403" subTitle={t('auth.noAccess', { name: rights.name })} data-testid="settings-no-access" />
  const shown = (Object.keys(TABS) as TabKey[]).filter((key) => rights.admin || !ADMIN_TABS.has(key))
  const active = shown.includes(requested) ? requested : 'rubrics'
  return (
    <div className="page">
      <PageHeader title={t('nav.settings')} />
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(`/settings?tab=${key}`, { replace: true })}
        destroyOnHidden
        items={shown.map((key) => {
          const Tab = TABS[key]
          return { key, label: t(`settings.tabs.${key}`), children: <Tab /> }
        })}
      />
    </div>
  )
}
