import { Button, Tooltip } from 'antd'
import { TranslationOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Locale } from '../../../shared/contract/workspace'
import { currentLocale } from '../i18n'
import { useFeedback } from '../components/useFeedback'

/** One button that names the other language, the way bilingual sites do. */
export function LanguageSwitch({ onChange }: { onChange: (locale: Locale) => Promise<void> }) {
  const { t } = useTranslation()
  const { fail } = useFeedback()
  const [busy, setBusy] = useState(false)
  const next: Locale = currentLocale() === 'en' ? 'zh-CN' : 'en'
  return (
    <Tooltip title={t('lang.switchLabel')}>
      <Button
        type="text"
        icon={<TranslationOutlined />}
        loading={busy}
        data-testid="lang-switch"
        data-locale={currentLocale()}
        onClick={async () => {
          setBusy(true)
          try {
            await onChange(next)
          } catch (err) {
            fail(err)
          } finally {
            setBusy(false)
          }
        }}
      >
        {t('lang.other')}
      </Button>
    </Tooltip>
  )
}
