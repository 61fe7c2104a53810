import { memo } from 'react'
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { GRADES, type Grade } from '../../../shared/domain/scoring'
import type { CASE_STATUSES } from '../../../shared/contract/cases'
import type { EVALUATION_STATUSES } from '../../../shared/contract/campaigns'

export const GRADE_COLORS: Record<Grade, string> = {
  excellent: 'green',
  good: 'blue',
  pass: 'orange',
  fail: 'red',
}

function isGrade(value: string | null | undefined): value is Grade {
  return (GRADES as readonly string[]).includes(value ?? '')
}

/** Memoized: the review screen's running grade renders it on every save, mostly unchanged. */
export const GradeTag = memo(function GradeTag({ grade, testId, large }: { grade: string | null | undefined; testId?: string; large?: boolean }) {
  const { t } = useTranslation()
  if (!isGrade(grade)) return <span data-testid={testId}>—</span>
  return (
    <Tag
      color={GRADE_COLORS[grade]}
      variant="solid"
      data-testid={testId}
      data-grade={grade}
      style={large ? { fontSize: 14, lineHeight: '24px', paddingInline: 10, marginInlineEnd: 0 } : undefined}
    >
      {t(`enums.grade.${grade}`)}
    </Tag>
  )
})

const EVALUATION_STATUS_COLORS: Record<(typeof EVALUATION_STATUSES)[number], string> = {
  not_started: 'default',
  in_progress: 'processing',
  submitted: 'success',
}

export function EvaluationStatusTag({ status }: { status: (typeof EVALUATION_STATUSES)[number] }) {
  const { t } = useTranslation()
  return <Tag color={EVALUATION_STATUS_COLORS[status]}>{t(`enums.evaluationStatus.${status}`)}</Tag>
}

const CASE_STATUS_COLORS: Record<(typeof CASE_STATUSES)[number], string> = {
  registered: 'default',
  filed: 'processing',
  decided: 'blue',
  closed: 'green',
  archived: 'cyan',
}

export function CaseStatusTag({ status }: { status: (typeof CASE_STATUSES)[number] }) {
  const { t } = useTranslation()
  return <Tag color={CASE_STATUS_COLORS[status]}>{t(`enums.caseStatus.${status}`)}</Tag>
}
