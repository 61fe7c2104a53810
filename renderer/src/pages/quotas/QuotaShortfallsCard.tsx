import { Alert, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { useQuery } from '../../api'
import { href } from '../../router/hash'
import { figureName } from './quotaText'

/** On a lead's workbench: this year's quotas not yet met, each with what is missing; nothing when all are met. */
export function QuotaShortfallsCard() {
  const { t } = useTranslation()
  const current = useQuery('quotas.currentYear', {})
  const year = current.data?.year ?? null
  const dashboard = useQuery('quotas.dashboard', year === null ? null : { year })
  const short = (dashboard.data?.total ?? []).filter((f) => !f.met)
  if (!short.length) return null
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="quota-shortfalls"
      message={<a href={href('/quotas')}>{t('quotas.shortfalls', { year })}</a>}
      description={
        <Space size={[16, 4]} wrap>
          {short.map((f) => (
            <span key={f.key}>{t('quotas.shortfall', { name: figureName(f.key), value: f.value, target: f.target, missing: f.missing })}</span>
          ))}
        </Space>
      }
    />
  )
}
