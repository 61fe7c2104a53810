import { useCallback, useEffect, useState, type HTMLAttributes, type ReactNode } from 'react'
import { Button, Card, Flex, Table, Tag } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { ReviewerRow } from '../../../../../shared/contract/people'
import { api, useQuery } from '../../../api'
import { useWorkspace } from '../../../layout/workspace'
import { ReviewerDrawer } from './ReviewerDrawer'
import { StatusTag } from './StatusTag'
import { usePeopleAction } from './usePeopleAction'

interface ReviewersSectionProps {
  canEdit: boolean
  revision: number
  onChanged: () => void
  /** Room for more buttons beside 新增 (an importer), given a way to reload the list. */
  tools?: (reload: () => void) => ReactNode
}

/** 评查员: who reviews, their role, and what they are recused from. */
export function ReviewersSection({ canEdit, revision, onChanged, tools }: ReviewersSectionProps) {
  const { t } = useTranslation()
  const { refresh } = useWorkspace()
  const reviewers = useQuery('people.reviewers', {})
  const { reload } = reviewers
  const [editing, setEditing] = useState<ReviewerRow | null | undefined>(undefined)
  // Reviewer changes show in the top bar too (the switch, the current reviewer's name and role).
  const changed = useCallback(() => {
    onChanged()
    void refresh()
  }, [onChanged, refresh])
  const { run, confirm, busy } = usePeopleAction(changed)
  useEffect(() => reload(), [revision, reload])

  const toggle = (r: ReviewerRow) => {
    const change = () => run(`active-${r.id}`, () => api.call('people.setReviewerActive', { id: r.id, active: !r.active }))
    if (!r.active) return void change()
    confirm({ title: t('people.reviewers.deactivateConfirm', { name: r.name }), content: t('people.reviewers.deactivateHint'), okText: t('people.actions.deactivate') }, change)
  }

  return (
    <Card
      title={t('people.reviewers.title')}
      data-testid="people-reviewers"
      extra={
        <Flex gap={8}>
          {tools?.(reload)}
          <Button type="primary" icon={<PlusOutlined />} disabled={!canEdit} onClick={() => setEditing(null)} data-testid="reviewer-add">
            {t('people.reviewers.add')}
          </Button>
        </Flex>
      }
    >
      <Table<ReviewerRow>
        rowKey="id"
        size="small"
        loading={reviewers.loading}
        dataSource={reviewers.data ?? []}
        pagination={false}
        locale={{ emptyText: t('people.reviewers.empty') }}
        onRow={(r) => ({ 'data-testid': 'reviewer-row', 'data-name': r.name, 'data-active': String(r.active) }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'name',
            title: t('people.reviewers.name'),
            render: (_v, r) => (
              <Flex gap={6} align="center">
                {r.name}
                {r.current && <Tag color="blue">{t('people.reviewers.current')}</Tag>}
              </Flex>
            ),
          },
          { key: 'role', title: t('people.reviewers.role'), width: 100, render: (_v, r) => t(`app.roles.${r.role}`) },
          { key: 'squad', title: t('people.reviewers.squadShort'), width: 160, render: (_v, r) => r.squadName ?? '—' },
          { key: 'officer', title: t('people.reviewers.officerShort'), width: 140, render: (_v, r) => r.officerName ?? '—' },
          { key: 'status', title: t('people.column.status'), width: 90, render: (_v, r) => <StatusTag active={r.active} /> },
          {
            key: 'actions',
            title: t('people.column.actions'),
            width: 150,
            render: (_v, r) => (
              <Flex gap={4}>
                <Button size="small" type="link" disabled={!canEdit} onClick={() => setEditing(r)} data-testid="reviewer-edit">
                  {t('people.actions.edit')}
                </Button>
                <Button size="small" type="link" disabled={!canEdit} loading={busy === `active-${r.id}`} onClick={() => toggle(r)} data-testid="reviewer-toggle">
                  {t(r.active ? 'people.actions.deactivate' : 'people.actions.activate')}
                </Button>
              </Flex>
            ),
          },
        ]}
      />
      <ReviewerDrawer
        open={editing !== undefined}
        reviewer={editing ?? null}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined)
          changed()
        }}
      />
    </Card>
  )
}
