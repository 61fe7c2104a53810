import { Alert, Card, Descriptions, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { CASE_DATE_FIELDS, type CaseDetail } from '../../../../shared/contract/cases'
import { formatLongDate } from '../../format/date'
import { formatYuan } from '../../format/money'
import { LegalBasis } from './LegalBasis'

/** The case's facts, then its milestones in procedural order with out-of-order pairs called out. */
export function CaseDetails({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation()
  const flagged = new Set(detail.dateFlags.flatMap((f) => [f.earlier, f.later]))

  return (
    <>
      {detail.dateFlags.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="date-flags"
          style={{ marginBottom: 16 }}
          title={t('case.dateFlagsTitle')}
          description={
            <>
              <ul className="plain-list">
                {detail.dateFlags.map((f) => (
                  <li key={`${f.earlier}-${f.later}`}>
                    {t('case.dateFlag', { later: t(`caseDate.${f.later}`), earlier: t(`caseDate.${f.earlier}`) })}
                  </li>
                ))}
              </ul>
              <Typography.Text type="secondary">{t('case.dateFlagsHint')}</Typography.Text>
            </>
          }
        />
      )}
      <Card title={t('case.details')} size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'party', label: t('caseField.party'), children: t('case.partyWithType', { party: detail.party, type: t(`enums.partyType.${detail.partyType}`) }) },
            { key: 'squad', label: t('caseField.squad'), children: detail.squadName },
            {
              key: 'officers',
              label: t('caseField.officers'),
              children: detail.officers.length ? detail.officers.map((o) => t('case.officer', { name: o.name, badge: o.badgeNumber })).join(t('common.listSeparator')) : '—',
            },
            { key: 'domain', label: t('caseField.domain'), children: t(`enums.domain.${detail.domain}`) },
            { key: 'caseType', label: t('caseField.caseType'), children: t(`enums.caseType.${detail.caseType}`) },
            { key: 'procedure', label: t('caseField.procedure'), children: t(`enums.procedure.${detail.procedure}`) },
            { key: 'isMajor', label: t('caseField.isMajor'), children: detail.isMajor ? t('common.yes') : t('common.no') },
            {
              key: 'discretion',
              label: t('caseField.discretionTier'),
              children: detail.discretionTier ? t(`enums.discretionTier.${detail.discretionTier}`) : '—',
            },
            { key: 'penalty', label: t('caseField.penalty'), children: formatYuan(detail.penaltyFen) },
            { key: 'violation', label: t('caseField.violation'), span: 'filled', children: detail.violation || '—' },
            { key: 'legalBasis', label: t('caseField.legalBasis'), span: 'filled', children: <LegalBasis text={detail.legalBasis} /> },
          ]}
        />
      </Card>
      <Card title={t('case.reviewAndPublicity')} size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'legalReviewedOn', label: t('caseField.legalReviewedOn'), children: formatLongDate(detail.legalReviewedOn) },
            { key: 'publishedOn', label: t('caseField.publishedOn'), children: formatLongDate(detail.publishedOn ?? null) },
            { key: 'publishedPlace', label: t('caseField.publishedPlace'), children: detail.publishedPlace || '—' },
            { key: 'legalReviewOpinion', label: t('caseField.legalReviewOpinion'), span: 'filled', children: detail.legalReviewOpinion || '—' },
          ]}
        />
      </Card>
      <Card title={t('case.milestones')} size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3, xl: 5 }}
          data-testid="milestones"
          items={CASE_DATE_FIELDS.map((field) => ({
            key: field,
            label: t(`caseDate.${field}`),
            children: (
              <span className={flagged.has(field) ? 'date-flagged' : undefined} data-field={field}>
                {formatLongDate(detail[field])}
              </span>
            ),
          }))}
        />
      </Card>
    </>
  )
}
