import { Alert } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useQuery } from '../../api'
import { ErrorResult } from '../../components/ErrorResult'
import { useWorkspace } from '../../layout/workspace'
import { AgreementTables } from './AgreementTables'
import { DisagreementList } from './DisagreementList'

const pad = (children: ReactNode) => <div style={{ padding: 12 }}>{children}</div>

function useIsLead() {
  return useWorkspace().status.reviewer?.role === 'lead'
}

/** "组长裁定 (n)": n cases still waiting for the lead. */
function AdjudicationTabLabel({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation()
  const list = useQuery('adjudication.list', useIsLead() ? { campaignId } : null)
  const waiting = list.data?.filter((r) => r.state === 'waiting').length
  return <span data-testid="adjudication-tab">{waiting === undefined ? t('adjudication.title') : t('adjudication.tabTitle', { count: waiting })}</span>
}

function AgreementTabLabel() {
  const { t } = useTranslation()
  return <span data-testid="agreement-tab">{t('adjudication.agreementTab')}</span>
}

function AdjudicationTab({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation()
  const isLead = useIsLead()
  const list = useQuery('adjudication.list', isLead ? { campaignId } : null)
  if (!isLead) return pad(<Alert type="info" showIcon title={t('adjudication.leadOnly')} />)
  if (list.error) return <ErrorResult error={list.error} onRetry={list.reload} />
  return pad(<DisagreementList campaignId={campaignId} rows={list.data ?? []} />)
}

function AgreementTab({ campaignId }: { campaignId: number }) {
  const agreement = useQuery('adjudication.agreement', { campaignId })
  if (agreement.error) return <ErrorResult error={agreement.error} onRetry={agreement.reload} />
  return pad(agreement.data ? <AgreementTables view={agreement.data} /> : null)
}

/** The campaign page's double-review tabs: disagreements for the lead, and agreement for all. */
export function adjudicationTabs(campaignId: number, doubleReview: boolean) {
  if (!doubleReview) return []
  return [
    { key: 'adjudication', label: <AdjudicationTabLabel campaignId={campaignId} />, children: <AdjudicationTab campaignId={campaignId} /> },
    { key: 'agreement', label: <AgreementTabLabel />, children: <AgreementTab campaignId={campaignId} /> },
  ]
}
