import { useState } from 'react'
import { Button, Input, Modal, Typography, type ButtonProps } from 'antd'
import { UnlockOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { useFeedback } from '../../components/useFeedback'
import type { ReviewActions } from './useEvaluation'

/** 退回重评: the lead unlocks a submitted evaluation, giving the reason the history will keep. */
export function ReopenButton({ reopen }: { reopen: ReviewActions['reopen'] }) {
  const { t } = useTranslation()
  const { message } = useFeedback()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)

  async function confirm() {
    if (!reason.trim()) return
    setBusy(true)
    const ok = await reopen(reason.trim())
    setBusy(false)
    if (!ok) return
    setOpen(false)
    setReason('')
    void message.success(t('review.reopened'))
  }

  return (
    <>
      <Button danger icon={<UnlockOutlined />} onClick={() => setOpen(true)} data-testid="review-reopen">
        {t('review.reopen')}
      </Button>
      <Modal
        open={open}
        title={t('review.reopenTitle')}
        okText={t('review.reopenOk')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: busy, 'data-testid': 'reopen-ok' } as ButtonProps}
        onOk={confirm}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('review.reopenBody')}</Typography.Paragraph>
        <label className="block-field">
          {t('review.reopenReason')}
          <Input.TextArea
            autoFocus
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={1000}
            placeholder={t('review.reopenPlaceholder')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="reopen-reason"
          />
        </label>
      </Modal>
    </>
  )
}
