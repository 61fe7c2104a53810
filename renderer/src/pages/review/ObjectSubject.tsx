import { Divider, Tag, Tooltip, Typography } from 'antd'
import { ArrowLeftOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { EvaluationState } from '../../../../shared/contract/evaluations'
import { href } from '../../router/hash'

/** The top bar's left for an A/V record or a complaint: what it is, the campaign, the place in the queue. */
export function ObjectSubject({ state }: { state: EvaluationState }) {
  const { t } = useTranslation()
  return (
    <>
      <a href={href('/')} className="review-back" title={t('review.backToWorkbench')}>
        <ArrowLeftOutlined />
      </a>
      <Typography.Text strong data-testid="review-object-kind">
        {t(`review.object.kinds.${state.object?.kind ?? 'av_record'}`)}
      </Typography.Text>
      <Divider orientation="vertical" />
      <Typography.Text type="secondary" ellipsis style={{ maxWidth: 240 }} data-testid="review-campaign-name">
        {state.campaignName}
      </Typography.Text>
      <Tooltip title={t('review.progressLabel')}>
        <Tag data-testid="review-position">{t('review.progress', { index: state.position.index, count: state.position.count })}</Tag>
      </Tooltip>
    </>
  )
}
