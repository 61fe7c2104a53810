import { DEFAULT_REPEAT_RULE, repeatRule, type RepeatRule } from '../../../../shared/contract/complaints'
import type { Database } from '../../db/connection'
import { readSetting } from '../workspace/preferences'

export const REPEAT_RULE_KEY = 'complaintRepeatRule'

/** The bureau's repeat rule, or the default (3 within a year) when none was saved or it no longer reads. */
export async function readRepeatRule(db: Database): Promise<RepeatRule> {
  const saved = await readSetting(db, REPEAT_RULE_KEY)
  if (saved === null) return DEFAULT_REPEAT_RULE
  try {
    return repeatRule.parse(JSON.parse(saved))
  } catch {
    return DEFAULT_REPEAT_RULE
  }
}
