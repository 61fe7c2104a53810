import { useState } from 'react'
import { Button, Dropdown, Modal } from 'antd'
import { DownOutlined, KeyOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { ChangePasswordForm } from '../pages/auth/ChangePasswordForm'
import { useWorkspace } from './workspace'
import './layout.css'

/** Who is signed in at this window, with what they may do to their own session. */
export function AccountMenu() {
  const { t } = useTranslation()
  const { status, lock, signOut } = useWorkspace()
  const [changing, setChanging] = useState(false)
  const account = status.account
  if (!account) return null
  const roles = [account.role && t(`auth.menu.roles.${account.role}`), account.isAdmin && t('auth.menu.roles.admin')].filter(Boolean).join(t('common.listSeparator'))

  return (
    <span className="app-reviewer" data-testid="reviewer-name" data-reviewer={account.name} data-login={account.login} data-role={account.role ?? 'admin'} data-admin={account.isAdmin}>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', icon: <KeyOutlined />, label: t('auth.menu.changePassword'), onClick: () => setChanging(true) },
            { key: 'lock', icon: <LockOutlined />, label: t('auth.menu.lock'), onClick: () => void lock(), 'data-testid': 'lock-screen' } as never,
            { type: 'divider' },
            { key: 'signOut', icon: <LogoutOutlined />, label: t('auth.menu.signOut'), onClick: () => void signOut(), 'data-testid': 'sign-out' } as never,
          ],
        }}
      >
        <Button type="text" size="small" data-testid="account-menu">
          <UserOutlined /> {account.name}
          {roles && <span className="app-reviewer-role">（{roles}）</span>}
          <DownOutlined />
        </Button>
      </Dropdown>
      <Modal open={changing} title={t('auth.password.changeTitle')} footer={null} onCancel={() => setChanging(false)} destroyOnHidden>
        <ChangePasswordForm onChanged={() => setChanging(false)} onCancel={() => setChanging(false)} />
      </Modal>
    </span>
  )
}
