import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { BulletinContent } from '../../../../shared/contract/bulletin'
import type { StatisticsReport, StatisticsScope } from '../../../../shared/contract/statistics'
import { generateBulletin } from '../../../../shared/domain/bulletin/generate'
import { listTypical } from '../typical/list'
import { readBulletinSettings } from './settings'

const pad = (n: number) => String(n).padStart(2, '0')
const localDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`

/** The bulletin's text as the statistics and the typical cases give it today. */
export async function generatedContent(db: Kysely<DB>, scope: StatisticsScope, report: StatisticsReport, now: Date): Promise<BulletinContent> {
  const [typical, settings] = await Promise.all([listTypical(db, scope), readBulletinSettings(db)])
  return generateBulletin({ scope, report, typical, issuingUnit: settings.issuingUnit, today: localDate(now), now: now.toISOString() })
}
