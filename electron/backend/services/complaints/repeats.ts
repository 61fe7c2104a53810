import type { Kysely } from 'kysely'
import type { RepeatRule } from '../../../../shared/contract/complaints'
import { repeatFlags, type RepeatFlag } from '../../../../shared/domain/complaints/repeats'
import type { DB } from '../../db/schema'

/**
 * Every complaint's repeat flag, worked out over the whole register: a repeat may span any filter
 * a list applies. Only the keys are read, so 50,000 complaints are one quick scan.
 */
export async function allRepeatFlags(db: Kysely<DB>, rule: RepeatRule): Promise<Map<number, RepeatFlag>> {
  const keys = await db.selectFrom('complaints').select(['id', 'receivedOn', 'addressKey', 'partyKey']).execute()
  return repeatFlags(keys, rule)
}

/** The flags of the complaints sharing an address or party with one: enough to flag that one. */
export async function repeatFlagOf(db: Kysely<DB>, complaint: { id: number; addressKey: string | null; partyKey: string | null }, rule: RepeatRule): Promise<RepeatFlag | null> {
  const { addressKey, partyKey } = complaint
  if (addressKey === null && partyKey === null) return null
  const related = await db
    .selectFrom('complaints')
    .select(['id', 'receivedOn', 'addressKey', 'partyKey'])
    .where((eb) => eb.or([...(addressKey ? [eb('addressKey', '=', addressKey)] : []), ...(partyKey ? [eb('partyKey', '=', partyKey)] : [])]))
    .execute()
  return repeatFlags(related, rule).get(complaint.id) ?? null
}
