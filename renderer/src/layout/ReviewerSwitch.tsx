import { useEffect, useState } from 'react'
import { Select } from 'antd'
import { UserOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { api, useQuery } from '../api'
import { useFeedback } from '../components/useFeedback'
import { useWorkspace } from './workspace'
import './layout.css'

/**
 * 当前评查员: who works at this PC. Their name goes into the audit log and their role decides the
 * lead's actions (退回重评); with one reviewer there is nothing to switch.
 */
export function ReviewerSwitch() {
  const { t } = useTranslation()
  const { status, refresh } = useWorkspace()
  const { message, fail } = useFeedback()
  const reviewers = useQuery('reviewers.list', {})
  const { reload } = reviewers
  // Reviewers added or deactivated in 设置 → 机构与人员 refresh the workspace status: offer the new list.
  useEffect(() => reload(), [status, reload])
  const [busy, setBusy] = useState(false)
  const current = status.reviewer
  if (!current) return null
  const all = reviewers.data ?? []
  if (all.length < 2)
    return (
      <span className="app-reviewer" data-testid="reviewer-name" data-reviewer={current.name} data-role={current.role}>
        <UserOutlined /> {t('app.reviewer', { name: current.name })}
      </span>
    )

  async function switchTo(reviewerId: number) {
    setBusy(true)
    try {
      const next = await api.call('reviewers.setCurrent', { reviewerId })
      await refresh()
      void message.success(t('app.reviewerSwitched', { name: next.name }))
    } catch (err) {
      fail(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <span className="app-reviewer" data-testid="reviewer-name" data-reviewer={current.name} data-role={current.role}>
      <UserOutlined /> {t('app.currentReviewer')}
      <Select
        size="small"
        variant="borderless"
        className="app-reviewer-select"
        popupMatchSelectWidth={false}
        value={current.id}
        loading={busy}
        disabled={busy}
        aria-label={t('app.currentReviewer')}
        options={all.map((r) => ({ value: r.id, label: t('app.reviewerOption', { name: r.name, role: t(`app.roles.${r.role}`) }) }))}
        onChange={switchTo}
        data-testid="reviewer-switch"
      />
    </span>
  )
}
