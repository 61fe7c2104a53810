import { Button } from 'antd'
import { CheckCircleOutlined, PlayCircleOutlined, UnlockOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type MethodOutput } from '../../api'
import { ReasonModal } from './ReasonModal'
import { useCampaignAction } from './useCampaignAction'

type Campaign = MethodOutput<'campaigns.get'>

/** 开始评查 / 结束评查 / 重新开启: the campaign's states, each the lead's to change. */
export function CampaignActions({ campaign, reload }: { campaign: Campaign; reload: () => void }) {
  const { t } = useTranslation()
  const { busy, run, modal } = useCampaignAction(reload)
  const [reopening, setReopening] = useState(false)
  const campaignId = campaign.id

  const confirm = (title: string, content: string, key: string, change: () => Promise<unknown>, success: string) =>
    modal.confirm({ title, content, okButtonProps: { 'data-testid': `${key}-ok` } as never, onOk: () => run(key, change, success) })

  if (campaign.status === 'draft') {
    return (
      <Button
        type="primary"
        icon={<PlayCircleOutlined />}
        loading={busy === 'start'}
        disabled={campaign.target === 'case' && campaign.assignments.length === 0}
        onClick={() => confirm(t('campaignSetup.start'), t('campaignSetup.startConfirm'), 'start', () => api.call('campaigns.start', { campaignId }), t('campaignSetup.started'))}
        data-testid="campaign-start"
      >
        {t('campaignSetup.start')}
      </Button>
    )
  }
  if (campaign.status === 'in_progress') {
    return (
      <Button
        icon={<CheckCircleOutlined />}
        loading={busy === 'close'}
        onClick={() => confirm(t('campaignSetup.close'), t('campaignSetup.closeConfirm'), 'close', () => api.call('campaigns.close', { campaignId }), t('campaignSetup.closed'))}
        data-testid="campaign-close"
      >
        {t('campaignSetup.close')}
      </Button>
    )
  }
  return (
    <>
      <Button danger icon={<UnlockOutlined />} onClick={() => setReopening(true)} data-testid="campaign-reopen">
        {t('campaignSetup.reopen')}
      </Button>
      <ReasonModal
        open={reopening}
        title={t('campaignSetup.reopenTitle')}
        testId="campaign-reopen"
        onClose={() => setReopening(false)}
        onOk={(reason) => run('reopen', () => api.call('campaigns.reopen', { campaignId, reason }), t('campaignSetup.reopened'))}
      />
    </>
  )
}
