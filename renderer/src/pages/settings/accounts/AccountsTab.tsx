import { useState, type HTMLAttributes } from 'react'
import { Button, Card, Flex, Space, Table, Tag, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Account } from '../../../../../shared/contract/auth'
import { useQuery } from '../../../api'
import { formatDateTime } from '../../../format/date'
import { AccountModal } from './AccountModal'
import { ResetPasswordModal } from './ResetPasswordModal'
import { IdleLockCard } from './IdleLockCard'

/** 设置 → 账号与安全: who may sign in, with which rights, and when the screen locks. */
export function AccountsTab() {
  const { t } = useTranslation()
  const accounts = useQuery('accounts.list', {})
  const [editing, setEditing] = useState<Account | null | undefined>(undefined)
  const [resetting, setResetting] = useState<Account | null>(null)
  const now = Date.now()

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('auth.accounts.title')}
        data-testid="accounts"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="account-add">
            {t('auth.accounts.create')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('auth.accounts.hint')}</Typography.Paragraph>
        <Table<Account>
          rowKey="id"
          size="small"
          loading={accounts.loading}
          dataSource={accounts.data ?? []}
          pagination={false}
          onRow={(a) => ({ 'data-testid': 'account-row', 'data-login': a.login }) as HTMLAttributes<HTMLElement>}
          columns={[
            { key: 'login', title: t('auth.accounts.login'), render: (_v, a) => a.login },
            { key: 'name', title: t('auth.accounts.person'), render: (_v, a) => a.name },
            {
              key: 'role',
              title: t('auth.accounts.role'),
              render: (_v, a) => (
                <Space size={4}>
                  {a.role && <Tag>{t(`auth.menu.roles.${a.role}`)}</Tag>}
                  {a.isAdmin && <Tag color="gold">{t('auth.menu.roles.admin')}</Tag>}
                </Space>
              ),
            },
            {
              key: 'state',
              title: t('auth.accounts.state'),
              render: (_v, a) => (
                <Space size={4} wrap>
                  <Tag color={a.active ? 'green' : 'default'}>{t(a.active ? 'auth.accounts.active' : 'auth.accounts.inactive')}</Tag>
                  {a.lockedUntil && Date.parse(a.lockedUntil) > now && <Tag color="red">{t('auth.accounts.lockedUntil', { at: formatDateTime(a.lockedUntil) })}</Tag>}
                  {a.mustChangePassword && <Tag color="orange">{t('auth.accounts.mustChange')}</Tag>}
                </Space>
              ),
            },
            { key: 'changed', title: t('auth.accounts.passwordChangedAt'), width: 170, render: (_v, a) => formatDateTime(a.passwordChangedAt) },
            {
              key: 'actions',
              title: t('auth.accounts.actions'),
              width: 170,
              render: (_v, a) => (
                <Flex gap={4}>
                  <Button size="small" type="link" onClick={() => setEditing(a)} data-testid="account-edit">
                    {t('auth.accounts.edit')}
                  </Button>
                  <Button size="small" type="link" onClick={() => setResetting(a)} data-testid="account-reset">
                    {t('auth.accounts.resetPassword')}
                  </Button>
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <IdleLockCard />
      <AccountModal
        open={editing !== undefined}
        account={editing ?? null}
        taken={(accounts.data ?? []).flatMap((a) => (a.reviewerId === null ? [] : [a.reviewerId]))}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined)
          accounts.reload()
        }}
      />
      <ResetPasswordModal
        account={resetting}
        onClose={() => setResetting(null)}
        onSaved={() => {
          setResetting(null)
          accounts.reload()
        }}
      />
    </Flex>
  )
}
