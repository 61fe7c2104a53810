import { Card, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { yearRanges } from './yearRanges'

/** Which years the shipped holiday schedule covers; the rest are Mon–Fri guesses. */
export function CoveredYears({ years }: { years: number[] }) {
  const { t } = useTranslation()
  const nextYear = new Date().getFullYear() + 1
  return (
    <Card size="small" title={t('settings.calendar.coveredTitle')} style={{ marginBottom: 16 }}>
      <Flex gap={8} wrap align="center" data-testid="calendar-covered">
        {yearRanges(years).map(([from, to]) => (
          <Tag key={from} color="blue">
            {from === to ? t('settings.calendar.year', { year: from }) : t('settings.calendar.yearRange', { from, to })}
          </Tag>
        ))}
        {!years.includes(nextYear) && <Tag color="orange">{t('settings.calendar.notCovered', { year: nextYear })}</Tag>}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {t('settings.calendar.coveredHint')}
      </Typography.Paragraph>
    </Card>
  )
}
