import { Col, Row, Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { MethodOutput } from '../../api'
import { CampaignProgress } from './CampaignProgress'

type Board = MethodOutput<'campaigns.get'>['board']
type Counts = Board['byReviewer'][number]

/** 进度: per reviewer (their evaluations) and per squad (its cases): not started, in progress, submitted, awaiting the lead. */
export function ProgressBoard({ board }: { board: Board }) {
  const { t } = useTranslation()
  const counts = [
    { title: t('campaignSetup.board.notStarted'), dataIndex: 'notStarted', width: 80, align: 'right' as const },
    { title: t('campaignSetup.board.inProgress'), dataIndex: 'inProgress', width: 80, align: 'right' as const },
    { title: t('campaignSetup.board.submitted'), dataIndex: 'submitted', width: 80, align: 'right' as const },
    { title: t('campaignSetup.board.adjudication'), dataIndex: 'adjudication', width: 100, align: 'right' as const },
    {
      title: t('campaigns.progress'),
      width: 180,
      render: (_: unknown, r: Pick<Counts, 'notStarted' | 'inProgress' | 'submitted'>) => <CampaignProgress done={r.submitted} total={r.notStarted + r.inProgress + r.submitted} />,
    },
  ]
  return (
    <Row gutter={16} style={{ padding: 12 }} data-testid="progress-board">
      <Col xs={24} xxl={12}>
        <Typography.Title level={5}>{t('campaignSetup.board.byReviewer')}</Typography.Title>
        <Table rowKey="reviewerId" size="small" pagination={false} dataSource={board.byReviewer} columns={[{ title: t('campaignSetup.board.reviewer'), dataIndex: 'reviewerName' }, ...counts]} />
      </Col>
      <Col xs={24} xxl={12}>
        <Typography.Title level={5}>{t('campaignSetup.board.bySquad')}</Typography.Title>
        <Table rowKey="squadId" size="small" pagination={false} dataSource={board.bySquad} columns={[{ title: t('campaignSetup.board.squad'), dataIndex: 'squadName' }, ...counts]} />
      </Col>
    </Row>
  )
}
