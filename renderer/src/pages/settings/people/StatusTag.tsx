import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'

export function StatusTag({ active }: { active: boolean }) {
  const { t } = useTranslation()
  return <Tag color={active ? 'green' : 'default'}>{t(active ? 'people.status.active' : 'people.status.inactive')}</Tag>
}
