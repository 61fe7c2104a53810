import { Input, Modal, Typography, type ButtonProps } from 'antd'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** Asks for the reason an audited change keeps (taking a case out, reopening); nothing happens without one. */
export function ReasonModal({
  open,
  title,
  children,
  onOk,
  onClose,
  testId,
}: {
  open: boolean
  title: string
  children?: ReactNode
  onOk: (reason: string) => Promise<boolean>
  onClose: () => void
  testId: string
}) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const valid = reason.trim().length >= 2
  const confirm = async () => {
    if (!valid) return
    setBusy(true)
    const ok = await onOk(reason.trim())
    setBusy(false)
    if (ok) {
      setReason('')
      onClose()
    }
  }
  return (
    <Modal
      open={open}
      title={title}
      okButtonProps={{ disabled: !valid, loading: busy, 'data-testid': `${testId}-ok` } as ButtonProps}
      onOk={confirm}
      onCancel={onClose}
      destroyOnHidden
    >
      {children}
      <Typography.Text>{t('campaignSetup.reason')}</Typography.Text>
      <Input.TextArea
        autoFocus
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={500}
        placeholder={t('campaignSetup.reasonPlaceholder')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        status={reason && !valid ? 'error' : undefined}
        data-testid={`${testId}-reason`}
      />
      {reason && !valid && <Typography.Text type="danger">{t('campaignSetup.reasonRequired')}</Typography.Text>}
    </Modal>
  )
}
