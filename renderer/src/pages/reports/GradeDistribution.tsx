import { Table } from 'antd'
import { useTranslation } from 'react-i18next'
import type { StatisticsHeadline } from '../../../../shared/contract/statistics'
import { formatPercent } from '../adjudication/format'
import { GRADES, GradeChart } from './ReportCharts'

/** 等次分布: the ring beside its table of counts and shares. */
export function GradeDistribution({ headline }: { headline: StatisticsHeadline }) {
  const { t } = useTranslation()
  const rows = GRADES.map((grade) => ({ grade, cases: headline.grades[grade] }))
  return (
    <div className="stats-chart-beside">
      <GradeChart grades={headline.grades} />
      <Table
        data-testid="stats-grades-table"
        rowKey="grade"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('statistics.grade'), render: (_, r) => t(`statistics.${r.grade}`) },
          { title: t('statistics.cases'), dataIndex: 'cases', width: 90, align: 'right' },
          { title: t('statistics.gradeShare'), width: 110, align: 'right', render: (_, r) => formatPercent(headline.evaluated ? r.cases / headline.evaluated : null) },
        ]}
      />
    </div>
  )
}
