import { Empty, Flex, Tag, Typography } from 'antd'
import { FileSearchOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { StatisticsScope } from '../../../../shared/contract/statistics'
import type { TypicalEntry } from '../../../../shared/contract/typical'
import { useQuery } from '../../api'
import { CenteredSpin } from '../../components/CenteredSpin'
import { ErrorResult } from '../../components/ErrorResult'
import { EvidenceCrop } from '../../components/EvidenceCrop'
import { formatDate } from '../../format/date'
import { formatPoints } from '../../format/points'
import { localized } from '../review/localized'
import { navigate } from '../../router/hash'

const CROP_WIDTH = 280
const CROP_MAX_HEIGHT = 220

function TypicalCase({ entry }: { entry: TypicalEntry }) {
  const { t, i18n } = useTranslation()
  const open = () => navigate(`/review/${entry.assignmentId}`)
  return (
    <Flex gap={16} className="typical-case" data-testid="typical-case" data-case-number={entry.caseNumber} data-kind={entry.kind}>
      <button type="button" className="typical-case-crop" onClick={open} aria-label={t('typical.section.open')}>
        <EvidenceCrop documentId={entry.documentId} page={entry.page} rect={entry.rect} width={CROP_WIDTH} maxHeight={CROP_MAX_HEIGHT} />
      </button>
      <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
        <Flex gap={6} wrap align="center">
          <Tag color={entry.kind === 'bad' ? 'red' : 'green'} data-testid="typical-kind-tag">
            {t(`typical.kinds.${entry.kind}`)}
          </Tag>
          {entry.target === 'veto' && <Tag color="volcano">{t('typical.section.veto')}</Tag>}
          <Typography.Link strong onClick={open} data-testid="typical-open">
            {entry.caseNumber}
          </Typography.Link>
          <Typography.Text type="secondary">{entry.squadName}</Typography.Text>
        </Flex>
        <Typography.Text>
          <span className="typical-item-id">{entry.itemId}</span> {localized(i18n.language, entry.title, entry.titleEn)}
          {entry.category && <Typography.Text type="secondary"> · {entry.category}</Typography.Text>}
          {entry.points !== null && <Typography.Text type="danger"> · {t('typical.section.points', { points: formatPoints(entry.points) })}</Typography.Text>}
        </Typography.Text>
        {entry.reason && <Typography.Paragraph style={{ margin: 0 }}>{entry.reason}</Typography.Paragraph>}
        {entry.note && (
          <Typography.Paragraph className="typical-note" style={{ margin: 0 }} data-testid="typical-note-text">
            {entry.note}
          </Typography.Paragraph>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {entry.page !== null && (
            <>
              <FileSearchOutlined /> {t('typical.section.page', { page: entry.page })} ·{' '}
            </>
          )}
          {entry.party}
          {entry.officers.length > 0 && ` · ${t('typical.section.officers', { names: entry.officers.join('、') })}`} · {t('typical.section.reviewer', { name: entry.reviewerName })} ·{' '}
          {t('typical.section.markedBy', { name: entry.markedBy, date: formatDate(entry.markedAt) })}
        </Typography.Text>
      </Flex>
    </Flex>
  )
}

/** 典型案例: the marked deductions and vetoes of the scope, each with the page region that shows it. */
export function TypicalCases({ scope }: { scope: StatisticsScope }) {
  const { t } = useTranslation()
  const list = useQuery('typical.list', scope)
  if (list.error) return <ErrorResult error={list.error} onRetry={list.reload} />
  if (!list.data) return <CenteredSpin />
  if (list.data.length === 0) return <Empty description={t('typical.section.empty')} data-testid="typical-empty" />
  return (
    <Flex vertical gap={12} data-testid="typical-list" style={{ opacity: list.loading ? 0.6 : 1 }}>
      {list.data.map((entry) => (
        <TypicalCase key={entry.id} entry={entry} />
      ))}
    </Flex>
  )
}
