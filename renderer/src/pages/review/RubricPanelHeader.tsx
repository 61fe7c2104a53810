import { memo } from 'react'
import { Button, Flex, Typography } from 'antd'
import { SafetyCertificateOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { Finding } from '../../../../shared/contract/checks'
import { FindingList, type FindingActions } from './FindingList'

interface RubricPanelHeaderProps {
  name: string
  expanded: boolean
  onToggle: () => void
  findingCount: number
  pendingCount: number
  /** Findings bound to no item of this rubric, listed here. */
  unbound: Finding[]
  locked: boolean
  findingActions: FindingActions
  onGoToFindings: () => void
}

/** The rubric's name, expand / collapse all, and the summary of the automatic findings. Memoized: a save leaves it alone. */
export const RubricPanelHeader = memo(function RubricPanelHeader(props: RubricPanelHeaderProps) {
  const { name, expanded, onToggle, findingCount, pendingCount, unbound, locked, findingActions, onGoToFindings } = props
  const { t } = useTranslation()
  return (
    <>
      <Flex justify="space-between" align="center" className="rubric-panel-header">
        <Typography.Text strong className="rubric-panel-name" data-testid="rubric-name">
          {name}
        </Typography.Text>
        <Button size="small" type="link" onClick={onToggle}>
          {expanded ? t('review.collapseAll') : t('review.expandAll')}
        </Button>
      </Flex>
      {findingCount > 0 && (
        <div className="findings-summary" data-testid="findings-summary" data-pending={pendingCount}>
          <SafetyCertificateOutlined />{' '}
          {pendingCount > 0 ? (
            <Typography.Link type="danger" onClick={onGoToFindings}>
              {t('finding.summaryPending', { count: pendingCount })}
            </Typography.Link>
          ) : (
            <Typography.Text type="secondary">{t('finding.summaryNone', { count: findingCount })}</Typography.Text>
          )}
          <FindingList findings={unbound} locked={locked} actions={findingActions} />
        </div>
      )}
    </>
  )
})
