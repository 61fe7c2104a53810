import type { MethodInput, MethodOutput } from '../../../api'

export type DeadlineConfig = MethodOutput<'settings.deadlines'>['config']
export type RuleKey = keyof DeadlineConfig
export const RULES: RuleKey[] = ['filing', 'decision', 'service', 'closing', 'archiving', 'seizure', 'publicity']

/**
 * What the lead may change: every limit can be switched off; a bureau rule's days, counting and
 * basis are the bureau's to set, a statute's are not.
 */
export function toInput(config: DeadlineConfig): MethodInput<'settings.setDeadlines'>['config'] {
  const input: MethodInput<'settings.setDeadlines'>['config'] = {}
  for (const rule of RULES) {
    const limit = config[rule]
    const own = limit.basis === 'bureau_rule' ? { days: limit.days, kind: limit.kind, article: limit.article.trim() } : {}
    input[rule] = { enabled: limit.enabled, ...own }
  }
  input.closing = { ...input.closing, from: config.closing.from }
  return input
}

export function sameConfig(a: DeadlineConfig, b: DeadlineConfig): boolean {
  return JSON.stringify(toInput(a)) === JSON.stringify(toInput(b))
}
