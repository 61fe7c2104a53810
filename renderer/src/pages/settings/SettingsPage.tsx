import { Tabs } from 'antd'
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

const TABS = { rubrics: RubricsTab, calendar: CalendarTab, discretion: DiscretionTab, deadlines: DeadlinesTab, people: PeopleTab, bulletin: BulletinSettingsTab, backups: BackupsTab, audit: AuditTab } as const
type TabKey = keyof typeof TABS

function tabOf(path: string): TabKey {
  const tab = new URLSearchParams(path.split('?')[1] ?? '').get('tab')
  return tab !== null && tab in TABS ? (tab as TabKey) : 'rubrics'
}

/** 设置: rubrics, the working-day calendar, the discretion baseline and the deadline limits. */
export function SettingsPage() {
  const { t } = useTranslation()
  const active = tabOf(useHashPath())
  return (
    <div className="page">
      <PageHeader title={t('nav.settings')} />
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(`/settings?tab=${key}`, { replace: true })}
        destroyOnHidden
        items={(Object.keys(TABS) as TabKey[]).map((key) => {
          const Tab = TABS[key]
          return { key, label: t(`settings.tabs.${key}`), children: <Tab /> }
        })}
      />
    </div>
  )
}
