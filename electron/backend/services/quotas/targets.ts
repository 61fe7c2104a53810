import { DEFAULT_QUOTA_TARGETS, quotaTargets, type QuotaTargets } from '../../../../shared/contract/quotas'
import type { Database } from '../../db/connection'
import { readSetting } from '../workspace/preferences'

export const targetsKey = (year: number) => `quotaTargets.${year}`

/** The year's targets as the lead set them, or the plan's defaults. */
export async function readQuotaTargets(db: Database, year: number): Promise<QuotaTargets> {
  const saved = await readSetting(db, targetsKey(year))
  if (saved === null) return DEFAULT_QUOTA_TARGETS
  const parsed = quotaTargets.safeParse(JSON.parse(saved))
  return parsed.success ? parsed.data : DEFAULT_QUOTA_TARGETS
}
