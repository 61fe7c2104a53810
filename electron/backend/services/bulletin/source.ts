import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { BulletinContent } from '../../../../shared/contract/bulletin'
import type { StatisticsReport, StatisticsScope } from '../../../../shared/contract/statistics'
import { generateBulletin } from '../../../../shared/domain/bulletin/generate'
import { listTypical } from '../typical/list'
import { readBulletinSettings } from './settings'
import { windowOf } from '../statistics/window'
import { followUpRepeats } from '../rectification/repeats'
import { localIsoDate } from '../../../../shared/format/date'


/** The bulletin's text as the statistics and the typical cases give it today. */
export async function generatedContent(db: Kysely<DB>, scope: StatisticsScope, report: StatisticsReport, now: Date): Promise<BulletinContent> {
  const [typical, settings, repeats] = await Promise.all([listTypical(db, scope), readBulletinSettings(db), windowOf(db, scope).then((w) => followUpRepeats(db, w))])
  return generateBulletin({ scope, report, typical, issuingUnit: settings.issuingUnit, today: localIsoDate(now), now: now.toISOString(), repeats })
}
