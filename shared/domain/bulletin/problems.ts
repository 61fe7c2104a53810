import type { StatisticsReport } from '../../contract/statistics'
import type { BulletinContent, BulletinParagraph, BulletinTypicalCase } from '../../contract/bulletin'
import { formatPercent } from './format'

type Problems = BulletinContent['problems']
type Repeat = StatisticsReport['repeats'][number]

/** How many categories and items the text names: the table of the statistics screen holds the rest. */
const TOP_CATEGORIES = 5
const TOP_ITEMS = 5

function distribution(report: StatisticsReport): string {
  if (report.categories.length === 0) return report.headline.evaluated > 0 ? '本次评查未发现扣分问题。' : ''
  const categories = report.categories
    .slice(0, TOP_CATEGORIES)
    .map((c) => `${c.category}${c.cases}件${c.share !== null ? `（占${formatPercent(c.share)}）` : ''}`)
    .join('，')
  const items = report.items
    .slice(0, TOP_ITEMS)
    .map((i) => `“${i.title}”（${i.cases}件）`)
    .join('、')
  return `按问题类别统计，涉及案卷较多的依次是：${categories}。${items ? `从评查要点看，扣分较集中的是${items}。` : ''}`
}

const repeatKey = (r: Repeat) => `${r.by}|${r.ownerId}|${r.rubricId}|${r.itemId}`
const squadRepeat = (r: Repeat) => `${r.ownerName}有${r.cases}件案卷在“${r.title}”被扣分`

/** Squads (and officers) deducted on the same item in three cases or more, in the scope and over twelve months. */
function repeats(report: StatisticsReport): string {
  const squads = report.repeats.filter((r) => r.by === 'squad')
  const officers = [...new Set(report.repeats.filter((r) => r.by === 'officer').map((r) => r.ownerName))]
  const inScope = new Set(report.repeats.map(repeatKey))
  const rolling = report.rollingRepeats.filter((r) => r.by === 'squad' && !inScope.has(repeatKey(r)))
  const parts: string[] = []
  if (squads.length) parts.push(`${squads.map(squadRepeat).join('；')}，同一问题在3件及以上案卷中重复出现，须作为整改重点。`)
  if (officers.length) parts.push(`执法人员${officers.join('、')}经办的案卷在同一评查要点3件及以上重复被扣分。`)
  if (rolling.length) parts.push(`从近12个月看，${rolling.map(squadRepeat).join('；')}。`)
  if (parts.length) return parts.join('')
  return report.headline.evaluated > 0 ? '本期未发现同一中队在同一评查要点3件及以上案卷重复被扣分的情况。' : ''
}

/** 二、存在的主要问题: the problem categories and items, the repeat problems, the typical cases. */
export function problemsSection(report: StatisticsReport, typicalCases: BulletinTypicalCase[], maskParties: boolean): Problems {
  const paragraphs: BulletinParagraph[] = [
    { heading: '问题分布', text: distribution(report) },
    { heading: '反复出现的问题', text: repeats(report) },
  ].filter((p) => p.text !== '')
  return { heading: '存在的主要问题', paragraphs, typicalHeading: '典型案例', typicalCases, maskParties }
}
