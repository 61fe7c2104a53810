import { Alert, Button, Card } from 'antd'
import { CheckCircleOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { issueWithin, type RubricIssue, type RubricPath } from '../../../../../shared/domain/rubric-validation'
import { rubricIssueText } from '../../../../../shared/i18n/rubric-issues'
import { currentLocale } from '../../../i18n'
import { formatPoints } from '../../../format/points'
import { localized } from '../../review/localized'
import { sumPoints, type RubricDraft } from './draft'

interface IssueSummaryProps {
  draft: RubricDraft
  issues: RubricIssue[]
  onJump: (path: RubricPath) => void
}

/** 发布检查: the points add-up at a glance and every problem that stops publishing, each a link to its field. */
export function IssueSummary({ draft, issues, onJump }: IssueSummaryProps) {
  const { t, i18n } = useTranslation()
  const locale = currentLocale()
  const sectionsSum = sumPoints(draft.sections.map((s) => s.points))

  return (
    <Card size="small" title={t('settings.rubrics.summary.title')} className="rubric-summary" data-testid="rubric-summary">
      <table className="rubric-sums">
        <tbody>
          {draft.sections.map((s, i) => (
            <tr key={i}>
              <td>
                <Button type="link" size="small" onClick={() => onJump(['sections', i, 'points'])}>
                  {s.id} {localized(i18n.language, s.title, s.titleEn)}
                </Button>
              </td>
              <td className={issues.some((issue) => issueWithin(issue, ['sections', i])) ? 'rubric-sums-points rubric-sums-wrong' : 'rubric-sums-points'}>
                {t('common.points', { points: formatPoints(s.points) })}
              </td>
            </tr>
          ))}
          <tr className="rubric-sums-total">
            <td>{t('settings.rubrics.summary.sectionsSum')}</td>
            <td className="rubric-sums-points" data-testid="rubric-sections-sum">
              {formatPoints(sectionsSum)} / {formatPoints(draft.totalPoints)}
            </td>
          </tr>
        </tbody>
      </table>
      {issues.length === 0 ? (
        <Alert type="success" showIcon icon={<CheckCircleOutlined />} title={t('settings.rubrics.summary.ok')} data-testid="rubric-valid" />
      ) : (
        <Alert
          type="error"
          showIcon
          title={t('settings.rubrics.summary.issues', { count: issues.length })}
          description={
            <ol className="rubric-issue-list" data-testid="rubric-issues">
              {issues.map((issue, i) => (
                <li key={i}>
                  <button type="button" className="rubric-issue-link" onClick={() => onJump(issue.path)} data-testid="rubric-issue">
                    {rubricIssueText(issue, draft, locale)}
                  </button>
                </li>
              ))}
            </ol>
          }
        />
      )}
    </Card>
  )
}
