import { Card, Col, Flex, Row, Statistic, Tabs, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useQuery } from '../../api'
import { CenteredSpin } from '../../components/CenteredSpin'
import { ErrorResult } from '../../components/ErrorResult'
import { PageHeader } from '../../components/PageHeader'
import { formatDate } from '../../format/date'
import { AssignmentTab } from './AssignmentTab'
import { CampaignActions } from './CampaignActions'
import { CampaignProgress } from './CampaignProgress'
import { CampaignStatusTag } from './CampaignStatusTag'
import { CoverageCard } from './CoverageCard'
import { ExportCampaignButton } from './ExportCampaignButton'
import { PrintSheetsButton } from './PrintSheetsButton'
import { ProgressBoard } from './ProgressBoard'
import { SampleTab } from './SampleTab'
import { ObjectsTab } from './ObjectsTab'
import { SamplingRecordCard } from './SamplingRecordCard'
import { adjudicationTabs } from '../adjudication/CampaignAdjudication'

/** One campaign: its sample and sampling record, the assignment, progress, coverage and the results export. */
export function CampaignPage({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation()
  const campaign = useQuery('campaigns.get', { id: campaignId })
  if (campaign.error) return <ErrorResult error={campaign.error} onRetry={campaign.reload} />
  if (!campaign.data) return <CenteredSpin />
  const c = campaign.data
  const reload = campaign.reload
  const inProgress = c.assignments.filter((a) => a.evaluationStatus === 'in_progress').length
  const year = Number((c.population?.to ?? c.startsOn ?? new Date().toISOString()).slice(0, 4))

  const stats = [
    { title: t('campaigns.period'), value: c.startsOn || c.endsOn ? `${formatDate(c.startsOn)} ~ ${formatDate(c.endsOn)}` : '—', small: true },
    { title: t(`campaigns.countTitle.${c.target}`), value: c.caseCount, testId: 'campaign-case-count' },
    { title: t('workbench.inProgress'), value: inProgress },
    { title: t('workbench.submitted'), value: c.submittedCount },
  ]

  return (
    <div className="page">
      <PageHeader
        title={c.name}
        trail={[{ label: t('campaigns.backToList'), to: '/campaigns' }]}
        tags={
          <>
            <Tag>{t(`enums.campaignKind.${c.kind}`)}</Tag>
            <CampaignStatusTag status={c.status} />
            {c.doubleReview && <Tag color="purple">{`${t('campaignSetup.doubleReview')} · ±${c.tolerance}`}</Tag>}
          </>
        }
        extra={
          <>
            <CampaignActions campaign={c} reload={reload} />
            {c.target === 'case' && <PrintSheetsButton campaignId={c.id} />}
            <ExportCampaignButton campaignId={c.id} />
          </>
        }
      />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {stats.map((s) => (
          <Col xs={12} md={6} key={s.title}>
            <Card size="small">
              <Statistic title={s.title} value={s.value} styles={s.small ? { content: { fontSize: 16 } } : undefined} data-testid={s.testId} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card
        size="small"
        styles={{ body: { padding: 0 } }}
        title={
          <Flex>
            <CampaignProgress done={c.submittedCount} total={c.evaluationCount} />
          </Flex>
        }
      >
        {c.target !== 'case' ? (
          <ObjectsTab campaign={c} reload={reload} />
        ) : (
        <Tabs
          defaultActiveKey={c.status === 'draft' ? 'sample' : 'assignment'}
          tabBarStyle={{ paddingInline: 12, marginBottom: 0 }}
          items={[
            { key: 'sample', label: <span data-testid="tab-sample">{`${t('campaignSetup.tabs.sample')} (${c.cases.length})`}</span>, children: <SampleTab campaign={c} reload={reload} /> },
            { key: 'record', label: <span data-testid="tab-record">{t('campaignSetup.tabs.record')}</span>, children: <SamplingRecordCard campaign={c} reload={reload} /> },
            { key: 'assignment', label: <span data-testid="tab-assignment">{t('campaignSetup.tabs.assignment')}</span>, children: <AssignmentTab campaign={c} reload={reload} /> },
            { key: 'progress', label: <span data-testid="tab-progress">{t('campaignSetup.tabs.progress')}</span>, children: <ProgressBoard board={c.board} /> },
            ...adjudicationTabs(c.id, c.doubleReview),
            { key: 'coverage', label: <span data-testid="tab-coverage">{t('campaignSetup.tabs.coverage')}</span>, children: <CoverageCard year={year} /> },
          ]}
        />
        )}
      </Card>
    </div>
  )
}
