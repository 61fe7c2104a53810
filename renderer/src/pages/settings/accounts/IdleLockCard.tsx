import { useState } from 'react'
import { Button, Card, Flex, InputNumber, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { IDLE_LOCK_MAX_MINUTES } from '../../../../../shared/contract/auth'
import { api } from '../../../api'
import { useFeedback } from '../../../components/useFeedback'
import { useBusyCall } from '../../../components/useBusyCall'
import { useWorkspace } from '../../../layout/workspace'

/** How long a window may sit without input before it asks for the password again. */
export function IdleLockCard() {
  const { t } = useTranslation()
  const { status, refresh } = useWorkspace()
  const { message } = useFeedback()
  const [minutes, setMinutes] = useState<number>(status.idleLockMinutes)
  const { busy, run } = useBusyCall()

  async function save() {
    const saved = await run(async () => {
      await api.call('auth.setIdleLock', { minutes })
      await refresh()
      return true
    })
    if (saved) void message.success(minutes > 0 ? t('auth.idle.saved', { minutes }) : t('auth.idle.savedOff'))
  }

  return (
    <Card title={t('auth.idle.title')} data-testid="idle-lock">
      <Typography.Paragraph type="secondary">{t('auth.idle.hint')}</Typography.Paragraph>
      <Flex gap={8} align="center">
        <Typography.Text>{t('auth.idle.minutes')}</Typography.Text>
        <InputNumber min={0} max={IDLE_LOCK_MAX_MINUTES} precision={0} value={minutes} onChange={(v) => setMinutes(v ?? 0)} data-testid="idle-minutes" />
        <Button type="primary" loading={busy} disabled={minutes === status.idleLockMinutes} onClick={save} data-testid="idle-save">
          {t('auth.idle.save')}
        </Button>
      </Flex>
    </Card>
  )
}
