import { Button, Card, Flex, Progress, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { QuotaFigure } from '../../../../shared/contract/quotas'
import { figureName } from './quotaText'

/** One of the plan's figures: done of its base, a bar towards the target, and what is missing. */
export function FigureCard({ figure, onOpen }: { figure: QuotaFigure; onOpen?: () => void }) {
  const { t } = useTranslation()
  const { key, value, base, target, met, missing } = figure
  const percent = target === 0 ? 100 : Math.min(100, Math.round((value / target) * 100))
  return (
    <Card size="small" className="quota-card" data-testid={`quota-${key}`}>
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text strong>{figureName(key)}</Typography.Text>
        {met ? <Tag color="success">{t('quotas.met')}</Tag> : <Tag color="error">{t('quotas.missing', { count: missing })}</Tag>}
      </Flex>
      <div className="quota-value" data-testid={`quota-${key}-value`}>
        {value}
        <Typography.Text type="secondary"> / {t('quotas.target', { target })}</Typography.Text>
      </div>
      <Progress percent={percent} size="small" status={met ? 'success' : 'active'} showInfo={false} />
      <Typography.Text type="secondary" className="quota-base">
        {key === 'avRecords' || base === null ? t('quotas.countOnly') : t(`quotas.base.${key}`, { base })}
      </Typography.Text>
      {onOpen && (
        <Button type="link" size="small" className="quota-open" onClick={onOpen} data-testid={`quota-${key}-open`}>
          {t('quotas.open')}
        </Button>
      )}
    </Card>
  )
}
