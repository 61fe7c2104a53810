import { useCallback, useState } from 'react'
import { Alert, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { OfficersSection } from './OfficersSection'
import { ReviewersSection } from './ReviewersSection'
import { SquadsSection } from './SquadsSection'
import { useCanEdit } from './useCanEdit'
import { ImportButton } from '../../import/ImportButton'

/** 设置 → 机构与人员: squads, officers and reviewers; changes are the lead's. */
export function PeopleTab() {
  const { t } = useTranslation()
  const { canEdit, reviewerName } = useCanEdit()
  // One change can show in every section (a renamed squad, an officer's case count).
  const [revision, setRevision] = useState(0)
  const changed = useCallback(() => setRevision((n) => n + 1), [])
  const sections = { canEdit, revision, onChanged: changed }
  return (
    <Flex vertical gap={16} data-testid="people-tab">
      {!canEdit && <Alert type="info" showIcon title={t('people.leadOnly', { name: reviewerName })} data-testid="people-lead-only" />}
      <SquadsSection {...sections} />
      <OfficersSection {...sections} tools={() => <ImportButton target="officers" disabled={!canEdit} onImported={changed} />} />
      <ReviewersSection {...sections} tools={() => <ImportButton target="reviewers" disabled={!canEdit} onImported={changed} />} />
    </Flex>
  )
}
