import type { ReactNode } from 'react'
import { useState } from 'react'
import { Flex, Layout, Menu, Typography } from 'antd'
import {
  AuditOutlined,
  BarChartOutlined,
  DesktopOutlined,
  FolderOpenOutlined,
  FundOutlined,
  PhoneOutlined,
  SettingOutlined,
  ToolOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { navigate } from '../router/hash'
import { keepsOriginNav, NAV_KEYS, NAV_PATHS, navKeyOf, type NavKey } from '../router/nav'
import { LanguageSwitch } from './LanguageSwitch'
import { AccountMenu } from './AccountMenu'
import { useRights, useWorkspace } from './workspace'

const ICONS: Record<NavKey, ReactNode> = {
  workbench: <DesktopOutlined />,
  cases: <FolderOpenOutlined />,
  avRecords: <VideoCameraOutlined />,
  complaints: <PhoneOutlined />,
  campaigns: <AuditOutlined />,
  reports: <BarChartOutlined />,
  quotas: <FundOutlined />,
  rectification: <ToolOutlined />,
  settings: <SettingOutlined />,
}

const COLLAPSED_KEY = 'caseDesk.menuCollapsed'

export function AppShell({ path, fullBleed, children }: { path: string; fullBleed: boolean; children: ReactNode }) {
  const { t } = useTranslation()
  const { status, setLocale } = useWorkspace()
  const { lead } = useRights()
  // 设置 is a lead's (and an administrator's); a reviewer has nothing there to change.
  const navKeys = NAV_KEYS.filter((key) => key !== 'settings' || lead)
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSED_KEY) === '1')
  const own = navKeyOf(path)
  // The entry the reviewer came from stays lit on the review screen.
  const [origin, setOrigin] = useState<NavKey>('workbench')
  if (own && own !== origin) setOrigin(own)
  const selected = own ?? (keepsOriginNav(path) ? origin : null)

  return (
    <Layout className="app-shell">
      <Layout.Header className="app-header">
        <Flex align="center" gap={10} className="app-brand" onClick={() => navigate('/')}>
          <span className="app-logo" aria-hidden>
            {t('app.logoMark')}
          </span>
          <Typography.Text className="app-title">{t('app.name')}</Typography.Text>
          <Typography.Text className="app-subtitle">{t('app.subtitle')}</Typography.Text>
        </Flex>
        <Flex align="center" gap={16}>
          <AccountMenu />
          <LanguageSwitch onChange={setLocale} />
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider
          theme="light"
          width={184}
          collapsible
          collapsed={collapsed}
          collapsedWidth={56}
          onCollapse={(value) => {
            setCollapsed(value)
            localStorage.setItem(COLLAPSED_KEY, value ? '1' : '0')
          }}
          className="app-sider"
        >
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected] : []}
            items={navKeys.map((key) => ({ key, icon: ICONS[key], label: t(`nav.${key}`), 'data-testid': `nav-${key}` }))}
            onClick={({ key }) => navigate(NAV_PATHS[key as NavKey])}
          />
        </Layout.Sider>
        {/* Someone else signing in sees every page fresh: their queue, their role's actions. */}
        <Layout.Content key={status.account?.accountId ?? 0} className={fullBleed ? 'app-content app-content-full' : 'app-content'}>
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  )
}

