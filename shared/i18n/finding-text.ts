import type { Locale } from '../contract/workspace'
import type { DeadlineFinding, DeadlineRule } from '../domain/deadlines'

const RULES: Record<DeadlineRule, Record<Locale, string>> = {
  filing: { 'zh-CN': '立案', en: 'Filing' },
  decision: { 'zh-CN': '作出处罚决定', en: 'Decision' },
  service: { 'zh-CN': '送达决定书', en: 'Service of the decision' },
  closing: { 'zh-CN': '结案', en: 'Closing' },
  archiving: { 'zh-CN': '归档', en: 'Archiving' },
  seizure: { 'zh-CN': '查封扣押处理', en: 'Seizure decision' },
}

const unitText = (f: DeadlineFinding, locale: Locale) =>
  locale === 'en' ? (f.unit === 'working_days' ? 'working days' : 'days') : f.unit === 'working_days' ? '个工作日' : '日'

/** One line a reviewer can read, and paste as the reason of the deduction it proposes. */
export function deadlineText(f: DeadlineFinding, locale: Locale): string {
  const what = RULES[f.rule][locale]
  const limit = `${f.limit.days}${locale === 'en' ? ` ${f.limit.kind === 'working' ? 'working days' : 'days'}` : f.limit.kind === 'working' ? '个工作日' : '日'}`
  if (locale === 'en') {
    switch (f.status) {
      case 'overdue':
        return `${what} overdue: due by ${f.dueDate}, done ${f.actualDate ?? '—'}, ${f.daysOver ?? '?'} ${unitText(f, locale)} late (limit ${limit}, ${f.article})`
      case 'ok':
        return `${what} in time: due by ${f.dueDate}, done ${f.actualDate} (limit ${limit})`
      case 'missing_date':
        return `${what}: a date is missing, the limit of ${limit} cannot be checked`
      case 'calendar_unknown':
        return `${what}: the holiday calendar for ${f.unknownYears.join(', ')} is missing; due date ${f.dueDate ?? '—'} is provisional`
    }
  }
  switch (f.status) {
    case 'overdue':
      return `${what}超期：应于${f.dueDate}前完成，实际${f.actualDate ?? '未完成'}，超期${f.daysOver ?? '?'}${unitText(f, locale)}（期限${limit}，${f.article}）`
    case 'ok':
      return `${what}未超期：应于${f.dueDate}前完成，实际${f.actualDate}（期限${limit}）`
    case 'missing_date':
      return `${what}：缺少日期，无法核对${limit}的期限`
    case 'calendar_unknown':
      return `${what}：缺少${f.unknownYears.join('、')}年节假日安排，到期日${f.dueDate ?? '—'}仅供参考`
  }
}

/** A required document missing from the tagged 卷内目录. */
export function missingDocumentText(docType: string, vetoId: string | undefined, locale: Locale): string {
  if (locale === 'en') return `No ${docType} is tagged in the case file${vetoId ? ` (veto candidate ${vetoId})` : ''}`
  return `卷内目录中没有${docType}${vetoId ? `（可能构成否决项 ${vetoId}）` : ''}`
}

/** The file has no 卷内目录 tags, so required documents cannot be checked. */
export function untaggedFileText(locale: Locale): string {
  return locale === 'en' ? 'Tag the case file’s documents (卷内目录) to check the required documents' : '案卷尚未标注卷内目录，无法核对必备文书'
}
