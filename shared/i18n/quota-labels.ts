import type { QuotaFigure, QuotaKey } from '../contract/quotas'
import type { Locale } from '../contract/workspace'

/** The dashboard's words, shared by the screen and the workbook for the year-end report. */
export const QUOTA_LABELS = {
  'zh-CN': {
    title: '年度执法监督工作台账',
    fileName: (year: number, quarter: number | null) => `${year}年${quarter ? `第${quarter}季度` : ''}执法监督工作台账`,
    period: (year: number, quarter: number | null) => (quarter ? `${year}年第${quarter}季度` : `${year}年全年`),
    figures: {
      caseFiles: '案卷评查（结案）',
      legalReviews: '重大法核检查',
      avRecords: '音像记录抽查',
      officers: '一线队员覆盖',
      complaints: '投诉信访抽查',
      repeatComplaints: '重复投诉督察',
      monthlyCampaigns: '每月案卷评查',
      rectification: '整改按期办结',
    } satisfies Record<QuotaKey, string>,
    squad: '中队',
    total: '全局合计',
    cell: (f: QuotaFigure) => `${f.value}${f.base === null ? '' : ` / ${f.base}`}，目标 ${f.target}${f.met ? '，已达标' : `，尚差 ${f.missing}`}`,
    uncovered: '尚未覆盖的执法队员',
    uncoveredHeader: ['序号', '姓名', '执法证号', '中队'],
    monthsWithout: (months: string[]) => (months.length ? `未开展月度评查的月份：${months.join('、')}` : '每月均已开展案卷评查。'),
    footer: '年度执法监督工作台账',
  },
  en: {
    title: 'Yearly supervision quotas',
    fileName: (year: number, quarter: number | null) => `supervision quotas ${year}${quarter ? ` Q${quarter}` : ''}`,
    period: (year: number, quarter: number | null) => (quarter ? `${year} Q${quarter}` : `${year}, whole year`),
    figures: {
      caseFiles: 'Case files reviewed (closed)',
      legalReviews: 'Legal reviews of major decisions checked',
      avRecords: 'A/V records reviewed',
      officers: 'Frontline officers covered',
      complaints: 'Complaints sampled',
      repeatComplaints: 'Repeat complaints reviewed',
      monthlyCampaigns: 'Monthly campaigns held',
      rectification: 'Rectification closed on time',
    } satisfies Record<QuotaKey, string>,
    squad: 'Squad',
    total: 'Bureau total',
    cell: (f: QuotaFigure) => `${f.value}${f.base === null ? '' : ` / ${f.base}`}, target ${f.target}${f.met ? ', met' : `, ${f.missing} short`}`,
    uncovered: 'Officers not yet covered',
    uncoveredHeader: ['No.', 'Name', 'Badge number', 'Squad'],
    monthsWithout: (months: string[]) => (months.length ? `Months without a monthly campaign: ${months.join(', ')}` : 'A campaign was held every month.'),
    footer: 'Yearly supervision quotas',
  },
} satisfies Record<Locale, unknown>
