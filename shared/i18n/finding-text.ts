import type { Locale } from '../contract/workspace'
import type { DeadlineFinding, DeadlineRule } from '../domain/deadlines'
import type { DiscretionTier, FenRange } from '../domain/discretion/baseline'
import type { DiscretionFinding } from '../domain/discretion/check'
import { ENUM_LABELS } from './enum-labels'
import { longDate } from '../format/date'
import type { LegalReviewTiming } from '../domain/checks/legal-review-date'

const RULES: Record<DeadlineRule, Record<Locale, string>> = {
  filing: { 'zh-CN': '立案', en: 'Filing' },
  decision: { 'zh-CN': '作出处罚决定', en: 'Decision' },
  service: { 'zh-CN': '送达决定书', en: 'Service of the decision' },
  closing: { 'zh-CN': '结案', en: 'Closing' },
  archiving: { 'zh-CN': '归档', en: 'Archiving' },
  seizure: { 'zh-CN': '查封扣押处理', en: 'Seizure decision' },
  publicity: { 'zh-CN': '公示处罚决定', en: 'Publication of the decision' },
}

const unitText = (f: DeadlineFinding, locale: Locale) =>
  locale === 'en' ? (f.unit === 'working_days' ? 'working days' : 'days') : f.unit === 'working_days' ? '个工作日' : '日'

/** One line a reviewer can read, and paste as the reason of the deduction it proposes. */
export function deadlineText(f: DeadlineFinding, locale: Locale): string {
  const what = RULES[f.rule][locale]
  const date = (iso: string | null, none = '—') => (iso === null ? none : longDate(iso, locale))
  const limit = `${f.limit.days}${locale === 'en' ? ` ${f.limit.kind === 'working' ? 'working days' : 'days'}` : f.limit.kind === 'working' ? '个工作日' : '日'}`
  if (locale === 'en') {
    switch (f.status) {
      case 'overdue':
        return `${what} overdue: due by ${date(f.dueDate)}, done ${date(f.actualDate)}, ${f.daysOver ?? '?'} ${unitText(f, locale)} late (limit ${limit}, ${f.article})`
      case 'ok':
        return `${what} in time: due by ${date(f.dueDate)}, done ${date(f.actualDate)} (limit ${limit})`
      case 'missing_date':
        return `${what}: a date is missing, the limit of ${limit} cannot be checked`
      case 'calendar_unknown':
        return `${what}: the holiday calendar for ${f.unknownYears.join(', ')} is missing; due date ${date(f.dueDate)} is provisional`
    }
  }
  switch (f.status) {
    case 'overdue':
      return `${what}超期：应于${date(f.dueDate)}前完成，实际${date(f.actualDate, '未完成')}，超期${f.daysOver ?? '?'}${unitText(f, locale)}（期限${limit}，${f.article}）`
    case 'ok':
      return `${what}未超期：应于${date(f.dueDate)}前完成，实际${date(f.actualDate)}（期限${limit}）`
    case 'missing_date':
      return `${what}：缺少日期，无法核对${limit}的期限`
    case 'calendar_unknown':
      return `${what}：缺少${f.unknownYears.join('、')}年节假日安排，到期日${date(f.dueDate)}仅供参考`
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

const money = (fen: number, locale: Locale) => (locale === 'en' ? `¥${fen / 100}` : `${fen / 100}元`)
const range = (r: FenRange, locale: Locale) => `${money(r.minFen, locale)}–${money(r.maxFen, locale)}`
const tierLabel = (tier: DiscretionTier, locale: Locale) => ENUM_LABELS[locale].discretionTier[tier]

/** What the discretion text needs beyond the finding: the case's own words and the matched entry. */
export interface DiscretionTextContext {
  violation: string
  legalBasis: string
  /** The baseline entry the case matched, if one did. */
  entry: { violation: string; legalBasis: string } | null
  /** Violations a cited article could mean, by name. */
  candidates: string[]
}

/** One discretion-baseline finding in words a reviewer can act on (and paste as the reason). */
export function discretionText(f: DiscretionFinding, c: DiscretionTextContext, locale: Locale): string {
  const en = locale === 'en'
  const basis = c.entry?.legalBasis ?? c.legalBasis
  switch (f.kind) {
    case 'amount_outside_tier':
      return en
        ? `Fine of ${money(f.amountFen, locale)} is outside the “${tierLabel(f.tier, locale)}” tier (${range(f.tierRangeFen, locale)}) of the discretion baseline (${basis})`
        : `罚款${money(f.amountFen, locale)}不在裁量基准“${tierLabel(f.tier, locale)}”档次（${range(f.tierRangeFen, locale)}）内（${basis}）`
    case 'amount_outside_legal_range':
      return en
        ? `Fine of ${money(f.amountFen, locale)} is outside the legal range ${range(f.legalRangeFen, locale)} (${basis})${f.veto ? ` (veto candidate ${f.veto})` : ''}`
        : `罚款${money(f.amountFen, locale)}超出法定幅度${range(f.legalRangeFen, locale)}（${basis}）${f.veto ? `（可能构成否决项 ${f.veto}）` : ''}`
    case 'tier_not_in_baseline': {
      const available = f.available.map((t) => tierLabel(t, locale)).join(en ? ', ' : '、')
      return en
        ? `The discretion baseline has no “${tierLabel(f.tier, locale)}” tier for “${c.entry?.violation ?? c.violation}” (it has: ${available})`
        : `裁量基准对“${c.entry?.violation ?? c.violation}”未设“${tierLabel(f.tier, locale)}”档次（可选：${available}）`
    }
    case 'legal_review_missing':
      return en
        ? `A “${tierLabel(f.tier, locale)}” decision needs a legal review, but no 法制审核意见 is tagged in the case file (veto candidate V8)`
        : `${tierLabel(f.tier, locale)}处罚须经法制审核，卷内目录中没有法制审核意见（可能构成否决项 V8）`
    case 'unknown_violation':
      return en
        ? `No violation in the discretion baseline matches “${c.violation || '—'}” (${c.legalBasis || 'no legal basis given'}): check the case’s violation and legal basis, or add the violation under Settings › Discretion baseline`
        : `裁量基准中没有与“${c.violation || '—'}”（${c.legalBasis || '未写明法律依据'}）对应的违法行为：请核对案由和法律依据，或在“设置 › 裁量基准”中补充该违法行为`
    case 'ambiguous_violation':
      return en
        ? `The cited provision covers several violations of the baseline (${c.candidates.join(', ')}): judge by the facts which tier applies`
        : `所引条款对应裁量基准中的多个违法行为（${c.candidates.join('、')}）：请按案件事实核对应适用的档次`
    case 'tier_missing':
      return en
        ? 'No discretion tier is recorded for the case, so the fine cannot be checked against a tier: add the tier to the case details'
        : '案件未登记裁量阶次，无法核对罚款是否在相应档次内：请在案件信息中补录裁量阶次'
  }
}

/** The fine sits in its tier and the legal range. */
export function discretionOkText(tier: DiscretionTier, amountFen: number, band: FenRange, locale: Locale): string {
  if (tier === 'exempt') return locale === 'en' ? 'No penalty, as the discretion baseline allows' : '不予处罚，符合裁量基准'
  return locale === 'en'
    ? `Fine of ${money(amountFen, locale)} is within the “${tierLabel(tier, locale)}” tier (${range(band, locale)})`
    : `罚款${money(amountFen, locale)}在“${tierLabel(tier, locale)}”档次（${range(band, locale)}）内，符合裁量基准`
}

/** 减轻 / 不予处罚 on a file without 卷内目录 tags: the legal review cannot be looked for. */
export function legalReviewUntaggedText(tier: DiscretionTier, locale: Locale): string {
  return locale === 'en'
    ? `A “${tierLabel(tier, locale)}” decision needs a legal review: tag the case file’s documents (卷内目录) to check for it`
    : `${tierLabel(tier, locale)}处罚须经法制审核：案卷尚未标注卷内目录，无法核对是否有法制审核意见`
}

/** A penalty case whose fine is not recorded. */
export function fineMissingText(locale: Locale): string {
  return locale === 'en'
    ? 'No fine is recorded for the case, so it cannot be checked against the discretion baseline: add the amount to the case details'
    : '案件未登记罚款数额，无法核对裁量基准：请在案件信息中补录罚款数额'
}

/** A summary-procedure fine above the art. 51 limit for the party. */
export function summaryFineText(penaltyFen: number, limitFen: number, organization: boolean, locale: Locale): string {
  return locale === 'en'
    ? `Fine of ${money(penaltyFen, locale)} exceeds what the summary procedure allows for ${organization ? 'an organisation' : 'an individual'} (${money(limitFen, locale)}, Penalty Law art. 51): the ordinary procedure was due`
    : `罚款${money(penaltyFen, locale)}超出简易程序对${organization ? '法人或者其他组织' : '公民'}的限额（${money(limitFen, locale)}以下，《行政处罚法》第五十一条），应适用普通程序`
}

/** A major decision's legal review against the decision date, by the register. */
export function legalReviewTimingText(t: LegalReviewTiming, locale: Locale): string {
  const d = (iso: string | null) => (iso === null ? '—' : longDate(iso, locale))
  if (locale === 'en') {
    if (t.status === 'not_recorded') return `Major decision: the register records no legal review date; check the legal review opinion in the file`
    if (t.status === 'after_decision') return `Legal review (${d(t.reviewedOn)}) after the decision (${d(t.decidedOn)}): a major decision must be reviewed first`
    return `Legal review on ${d(t.reviewedOn)}, before the decision (${d(t.decidedOn)})`
  }
  if (t.status === 'not_recorded') return `重大执法决定：登记中未记录法制审核日期，请核对卷内法制审核意见`
  if (t.status === 'after_decision') return `法制审核（${d(t.reviewedOn)}）晚于处罚决定（${d(t.decidedOn)}）：重大执法决定应先经法制审核`
  return `法制审核于${d(t.reviewedOn)}，在处罚决定（${d(t.decidedOn)}）之前`
}
