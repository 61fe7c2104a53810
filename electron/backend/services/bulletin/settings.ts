import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema'
import type { BulletinSettings } from '../../../../shared/contract/bulletin'
import type { ServiceContext } from '../context'
import { ISSUING_UNIT_SETTING } from '../exports/campaign-workbook'
import { leadChange } from '../people/guard'
import { writeSetting } from '../workspace/preferences'

const KEYS = {
  issuingUnit: ISSUING_UNIT_SETTING,
  redHeader: 'bulletinRedHeader',
  issuingBody: 'bulletinIssuingBody',
  docNumberPattern: 'bulletinDocNumberPattern',
} as const

/** What a workspace starts with: the supervision section signs, no red header. */
export const DEFAULT_BULLETIN_SETTINGS: BulletinSettings = {
  issuingUnit: '执法监督科',
  redHeader: false,
  issuingBody: '',
  docNumberPattern: '城管督〔{year}〕{number}号',
}

export async function readBulletinSettings(db: Kysely<DB>): Promise<BulletinSettings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).where('key', 'in', Object.values(KEYS)).execute()
  const stored = new Map(rows.map((r) => [r.key, r.value]))
  const text = (key: keyof typeof KEYS) => stored.get(KEYS[key])?.trim()
  return {
    issuingUnit: text('issuingUnit') || DEFAULT_BULLETIN_SETTINGS.issuingUnit,
    redHeader: stored.get(KEYS.redHeader) === '1',
    issuingBody: text('issuingBody') ?? DEFAULT_BULLETIN_SETTINGS.issuingBody,
    docNumberPattern: text('docNumberPattern') || DEFAULT_BULLETIN_SETTINGS.docNumberPattern,
  }
}

/** Saves who issues the bulletin and its red header. Lead only; audited. */
export async function saveBulletinSettings(ctx: ServiceContext, next: BulletinSettings): Promise<BulletinSettings> {
  const before = await readBulletinSettings(ctx.db)
  await leadChange(ctx, async (trx, log) => {
    await writeSetting(trx, KEYS.issuingUnit, next.issuingUnit)
    await writeSetting(trx, KEYS.redHeader, next.redHeader ? '1' : '0')
    await writeSetting(trx, KEYS.issuingBody, next.issuingBody)
    await writeSetting(trx, KEYS.docNumberPattern, next.docNumberPattern)
    await log({ action: 'bulletin.settings', entity: 'settings', entityId: null, before, after: next })
  })
  return readBulletinSettings(ctx.db)
}
