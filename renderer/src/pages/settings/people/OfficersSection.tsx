import { useEffect, useState, type HTMLAttributes, type ReactNode } from 'react'
import { Button, Card, Flex, Select, Table, Tag, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { OfficerRow } from '../../../../../shared/contract/people'
import { api, useQuery } from '../../../api'
import { formatDate } from '../../../format/date'
import { OfficerDrawer } from './OfficerDrawer'
import { StatusTag } from './StatusTag'
import { usePeopleAction } from './usePeopleAction'

interface OfficersSectionProps {
  canEdit: boolean
  revision: number
  onChanged: () => void
  /** Room for more buttons beside 新增 (an importer), given a way to reload the list. */
  tools?: (reload: () => void) => ReactNode
}

function Certificate({ officer }: { officer: OfficerRow }) {
  const { t } = useTranslation()
  if (!officer.certified) return <Tag color="orange">{t('people.officers.certifiedNo')}</Tag>
  const expired = officer.certificateExpiresOn !== null && officer.certificateExpiresOn < dayjs().format('YYYY-MM-DD')
  return (
    <Flex gap={4} wrap align="center">
      <Tag color={expired ? 'red' : 'blue'}>{t(expired ? 'people.officers.expired' : 'people.officers.certifiedYes')}</Tag>
      <Typography.Text type="secondary">
        {[officer.certificateNumber, officer.certificateExpiresOn && t('people.officers.expiresOn', { date: formatDate(officer.certificateExpiresOn) })].filter(Boolean).join(' · ')}
      </Typography.Text>
    </Flex>
  )
}

/** 执法人员: filter by squad and status; the case form offers the active ones. */
export function OfficersSection({ canEdit, revision, onChanged, tools }: OfficersSectionProps) {
  const { t } = useTranslation()
  const [squadId, setSquadId] = useState<number | undefined>()
  const [active, setActive] = useState<boolean | undefined>()
  const officers = useQuery('people.officers', { squadId, active })
  const squads = useQuery('people.squads', {})
  const { reload } = officers
  const reloadSquads = squads.reload
  const [editing, setEditing] = useState<OfficerRow | null | undefined>(undefined)
  const { run, confirm, busy } = usePeopleAction(onChanged)
  useEffect(() => {
    reload()
    reloadSquads()
  }, [revision, reload, reloadSquads])

  const toggle = (o: OfficerRow) => {
    const change = () => run(`active-${o.id}`, () => api.call('people.setOfficerActive', { id: o.id, active: !o.active }))
    if (!o.active) return void change()
    confirm({ title: t('people.officers.deactivateConfirm', { name: o.name }), content: t('people.officers.deactivateHint'), okText: t('people.actions.deactivate') }, change)
  }

  return (
    <Card
      title={t('people.officers.title')}
      data-testid="people-officers"
      extra={
        <Flex gap={8}>
          {tools?.(reload)}
          <Button type="primary" icon={<PlusOutlined />} disabled={!canEdit} onClick={() => setEditing(null)} data-testid="officer-add">
            {t('people.officers.add')}
          </Button>
        </Flex>
      }
    >
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('people.officers.allSquads')}
          value={squadId}
          onChange={setSquadId}
          options={(squads.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          style={{ width: 200 }}
          data-testid="officer-filter-squad"
        />
        <Select
          allowClear
          placeholder={t('people.officers.allStatuses')}
          value={active}
          onChange={setActive}
          options={[
            { value: true, label: t('people.status.active') },
            { value: false, label: t('people.status.inactive') },
          ]}
          style={{ width: 140 }}
          data-testid="officer-filter-active"
        />
        <Typography.Text type="secondary">{t('people.officers.hint')}</Typography.Text>
      </Flex>
      <Table<OfficerRow>
        rowKey="id"
        size="small"
        loading={officers.loading}
        dataSource={officers.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('people.officers.empty') }}
        scroll={{ x: 900 }}
        onRow={(o) => ({ 'data-testid': 'officer-row', 'data-name': o.name, 'data-active': String(o.active) }) as HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'name', title: t('people.officers.name'), dataIndex: 'name', width: 110 },
          { key: 'badge', title: t('people.officers.badgeNumber'), dataIndex: 'badgeNumber', width: 140 },
          { key: 'squad', title: t('people.officers.squad'), dataIndex: 'squadName', width: 150 },
          { key: 'certificate', title: t('people.officers.certified'), render: (_v, o) => <Certificate officer={o} /> },
          { key: 'cases', title: t('people.officers.cases'), dataIndex: 'caseCount', width: 120, align: 'right' },
          { key: 'status', title: t('people.column.status'), width: 90, render: (_v, o) => <StatusTag active={o.active} /> },
          {
            key: 'actions',
            title: t('people.column.actions'),
            width: 150,
            render: (_v, o) => (
              <Flex gap={4}>
                <Button size="small" type="link" disabled={!canEdit} onClick={() => setEditing(o)} data-testid="officer-edit">
                  {t('people.actions.edit')}
                </Button>
                <Button size="small" type="link" disabled={!canEdit} loading={busy === `active-${o.id}`} onClick={() => toggle(o)} data-testid="officer-toggle">
                  {t(o.active ? 'people.actions.deactivate' : 'people.actions.activate')}
                </Button>
              </Flex>
            ),
          },
        ]}
      />
      <OfficerDrawer
        open={editing !== undefined}
        officer={editing ?? null}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined)
          onChanged()
        }}
      />
    </Card>
  )
}
