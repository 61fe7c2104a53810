import { Alert, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { useQuery } from '../../api'
import { formatDate } from '../../format/date'
import { href } from '../../router/hash'

/** On a lead's workbench: the 整改 notices past their deadline, each linked; nothing when there are none. */
export function OverdueNoticesCard() {
  const { t } = useTranslation()
  const list = useQuery('rectification.list', {})
  const overdue = (list.data ?? []).filter((n) => n.overdue)
  if (!overdue.length) return null
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="overdue-notices"
      message={t('rectification.overdueNotices', { count: overdue.length })}
      description={
        <Space size={[16, 4]} wrap>
          {overdue.map((n) => (
            <a key={n.id} href={href(`/rectification/${n.id}`)}>
              {t('rectification.overdueNotice', { squad: n.squadName, deadline: formatDate(n.deadlineOn) })}
            </a>
          ))}
        </Space>
      }
    />
  )
}
