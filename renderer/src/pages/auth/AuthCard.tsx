import type { ReactNode } from 'react'
import { Card, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '../../layout/LanguageSwitch'
import { useWorkspace } from '../../layout/workspace'

/** The one centred card of the screens before the app: sign-in, first administrator, forced password change. */
export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation()
  const { setLocale } = useWorkspace()
  return (
    <Flex className="setup-page" align="center" justify="center">
      <Card className="setup-card" extra={<LanguageSwitch onChange={setLocale} />} title={t('app.name')}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
        {children}
      </Card>
    </Flex>
  )
}
