import { useEffect, useState, type HTMLAttributes, type ReactNode } from 'react'
import { Button, Card, Flex, Table, Tooltip, Typography } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { SquadRow } from '../../../../../shared/contract/people'
import { api, useQuery } from '../../../api'
import { SquadModal } from './SquadModal'
import { StatusTag } from './StatusTag'
import { usePeopleAction } from './usePeopleAction'

interface SquadsSectionProps {
  canEdit: boolean
  /** Bumped when another section changed something this one shows. */
  revision: number
  onChanged: () => void
  /** Room for more buttons beside 新增 (an importer), given a way to reload the list. */
  tools?: (reload: () => void) => ReactNode
}

/** 中队: the bureau's squads in their order, active and inactive. */
export function SquadsSection({ canEdit, revision, onChanged, tools }: SquadsSectionProps) {
  const { t } = useTranslation()
  const squads = useQuery('people.squads', {})
  const { reload } = squads
  const [editing, setEditing] = useState<SquadRow | null | undefined>(undefined)
  const { run, confirm, busy } = usePeopleAction(onChanged)
  useEffect(() => reload(), [revision, reload])

  const rows = squads.data ?? []
  const move = (squad: SquadRow, index: number, by: -1 | 1) => {
    // The first squad has no way up and the last none down: their buttons are disabled.
    const other = rows[index + by]
    if (!other) return
    const ids = rows.map((r) => (r.id === squad.id ? other.id : r.id === other.id ? squad.id : r.id))
    return run(`move-${squad.id}`, () => api.call('people.reorderSquads', { ids }))
  }
  const toggle = (s: SquadRow) => {
    const change = () => run(`active-${s.id}`, () => api.call('people.setSquadActive', { id: s.id, active: !s.active }))
    if (!s.active) return void change()
    confirm({ title: t('people.squads.deactivateConfirm', { name: s.name }), content: t('people.squads.deactivateHint'), okText: t('people.actions.deactivate') }, change)
  }
  const remove = (s: SquadRow) =>
    confirm({ title: t('people.squads.removeConfirm', { name: s.name }), content: t('people.squads.removeHint'), okText: t('people.actions.remove'), danger: true }, () =>
      run(`remove-${s.id}`, () => api.call('people.removeSquad', { id: s.id }), () => t('people.squads.removed', { name: s.name })),
    )

  return (
    <Card
      title={t('people.squads.title')}
      data-testid="people-squads"
      extra={
        <Flex gap={8}>
          {tools?.(reload)}
          <Button type="primary" icon={<PlusOutlined />} disabled={!canEdit} onClick={() => setEditing(null)} data-testid="squad-add">
            {t('people.squads.add')}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('people.squads.hint')}</Typography.Paragraph>
      <Table<SquadRow>
        rowKey="id"
        size="small"
        loading={squads.loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('people.squads.empty') }}
        onRow={(s) => ({ 'data-testid': 'squad-row', 'data-name': s.name, 'data-active': String(s.active) }) as HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'order', title: t('people.squads.order'), width: 64, render: (_v, _s, i) => i + 1 },
          { key: 'name', title: t('people.squads.name'), dataIndex: 'name' },
          { key: 'kind', title: t('people.squads.kind'), width: 120, render: (_v, s) => t(`people.squads.kinds.${s.kind}`) },
          { key: 'cases', title: t('people.squads.cases'), width: 80, align: 'right', dataIndex: 'caseCount' },
          { key: 'officers', title: t('people.squads.officers'), width: 96, align: 'right', dataIndex: 'officerCount' },
          { key: 'status', title: t('people.column.status'), width: 96, render: (_v, s) => <StatusTag active={s.active} /> },
          {
            key: 'actions',
            title: t('people.column.actions'),
            width: 280,
            render: (_v, s, i) => {
              const used = s.caseCount + s.officerCount + s.reviewerCount > 0
              return (
                <Flex gap={4} wrap>
                  <Tooltip title={t('people.actions.moveUp')}>
                    <Button size="small" icon={<ArrowUpOutlined />} aria-label={t('people.actions.moveUp')} disabled={!canEdit || i === 0} loading={busy === `move-${s.id}`} onClick={() => move(s, i, -1)} data-testid="squad-up" />
                  </Tooltip>
                  <Tooltip title={t('people.actions.moveDown')}>
                    <Button size="small" icon={<ArrowDownOutlined />} aria-label={t('people.actions.moveDown')} disabled={!canEdit || i === rows.length - 1} onClick={() => move(s, i, 1)} data-testid="squad-down" />
                  </Tooltip>
                  <Button size="small" type="link" disabled={!canEdit} onClick={() => setEditing(s)} data-testid="squad-edit">
                    {t('people.actions.edit')}
                  </Button>
                  <Button size="small" type="link" disabled={!canEdit} loading={busy === `active-${s.id}`} onClick={() => toggle(s)} data-testid="squad-toggle">
                    {t(s.active ? 'people.actions.deactivate' : 'people.actions.activate')}
                  </Button>
                  <Tooltip title={used ? t('people.squads.inUse') : undefined}>
                    <Button size="small" type="link" danger disabled={!canEdit || used} onClick={() => remove(s)} data-testid="squad-remove">
                      {t('people.actions.remove')}
                    </Button>
                  </Tooltip>
                </Flex>
              )
            },
          },
        ]}
      />
      <SquadModal
        open={editing !== undefined}
        squad={editing ?? null}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined)
          onChanged()
        }}
      />
    </Card>
  )
}
