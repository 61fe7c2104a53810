import type { DeadlineConfig, DeadlineConfigInput } from './types'

const PENALTY_LAW = '《中华人民共和国行政处罚法》'
const COMPULSION_LAW = '《中华人民共和国行政强制法》'

/**
 * The rule a bureau's closing and archiving limits are cited from until the lead names its own
 * (设置 › 时限). No statute sets these day counts; only the rule's name is cited, as its articles
 * differ from bureau to bureau.
 */
export const DEFAULT_BUREAU_RULE = '《上海市城市管理行政执法程序规定》'

/**
 * Defaults from reference/time-limits.md. Filing, closing and archiving have no national day
 * count: they are bureau rules, editable by the lead.
 */
export const DEFAULT_DEADLINE_CONFIG: DeadlineConfig = {
  // "及时立案" (art. 54); 7 working days is a common bureau rule, not statute.
  filing: { days: 7, kind: 'working', article: `${PENALTY_LAW}第五十四条`, basis: 'bureau_rule', enabled: true },
  decision: { days: 90, kind: 'calendar', article: `${PENALTY_LAW}第六十条`, basis: 'statute', enabled: true },
  // Art. 85: the 7 days of art. 61 are working days.
  service: {
    days: 7, kind: 'working', article: `${PENALTY_LAW}第六十一条、第八十五条`, basis: 'statute', enabled: true,
  },
  closing: {
    days: 30, kind: 'calendar', article: DEFAULT_BUREAU_RULE, basis: 'bureau_rule', enabled: true,
    from: ['executedOn', 'decidedOn'],
  },
  archiving: { days: 30, kind: 'calendar', article: DEFAULT_BUREAU_RULE, basis: 'bureau_rule', enabled: true },
  seizure: {
    days: 30, kind: 'calendar', article: `${COMPULSION_LAW}第二十五条`, basis: 'statute', enabled: true,
    maxExtensionDays: 30,
  },
  // Checked where the bureau sets a limit (off until the lead switches it on): 作出决定之日起 7 个工作日内公示 is the usual figure.
  publicity: { days: 7, kind: 'working', article: '《上海市城市管理综合行政执法公示办法》', basis: 'bureau_rule', enabled: false },
}

function checkDays(name: string, days: number): void {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`${name}: days must be a whole number ≥ 0, got ${days}`)
}

// Earlier versions shipped a citation marked as configurable in brackets, and saving the time
// limits stored it: such a stored marker is no citation and gives way to the default.
const PLACEHOLDER = /[（(]\s*可配置\s*[)）]/

function own<T extends { article?: string }>(limit: T | undefined): T | undefined {
  if (!limit?.article || !PLACEHOLDER.test(limit.article)) return limit
  const { article: _placeholder, ...rest } = limit
  return rest as T
}

/** Fills the gaps of a partial config from the defaults and checks the numbers. */
export function resolveDeadlineConfig(input: DeadlineConfigInput = {}): DeadlineConfig {
  const d = DEFAULT_DEADLINE_CONFIG
  const config: DeadlineConfig = {
    filing: { ...d.filing, ...own(input.filing) },
    decision: { ...d.decision, ...own(input.decision) },
    service: { ...d.service, ...own(input.service) },
    closing: { ...d.closing, ...own(input.closing) },
    archiving: { ...d.archiving, ...own(input.archiving) },
    seizure: { ...d.seizure, ...own(input.seizure) },
    publicity: { ...d.publicity, ...own(input.publicity) },
  }
  for (const [name, limit] of Object.entries(config)) checkDays(name, limit.days)
  checkDays('seizure.maxExtensionDays', config.seizure.maxExtensionDays)
  if (config.closing.from.length === 0) throw new RangeError('closing.from must name at least one date field')
  return config
}
