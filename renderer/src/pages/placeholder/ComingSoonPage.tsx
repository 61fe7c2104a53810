import { Card, Result } from 'antd'
import { ExperimentOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { NavKey } from '../../router/nav'

/** 统计与讲评 / 整改 / 设置 until they are built. */
export function ComingSoonPage({ section }: { section: NavKey }) {
  const { t } = useTranslation()
  return (
    <div className="page">
      <Card>
        <Result icon={<ExperimentOutlined />} title={t('coming.title', { name: t(`nav.${section}`) })} subTitle={t('coming.body')} />
      </Card>
    </div>
  )
}
