import type { Database } from '../../db/connection'

/**
 * The year 年度台账 opens on: the newest year with work in it (a case closed, a recording, a
 * complaint, a campaign begun), never after today's. In January, before anything of the new year,
 * that is the year just ended: the one the year-end report wants.
 */
export async function currentQuotaYear(db: Database, today: string): Promise<number> {
  const newest = await Promise.all([
    db.selectFrom('cases').select((eb) => eb.fn.max('closedOn').as('on')).where('closedOn', '<=', today).executeTakeFirst(),
    db.selectFrom('avRecords').select((eb) => eb.fn.max('recordedOn').as('on')).where('recordedOn', '<=', today).executeTakeFirst(),
    db.selectFrom('complaints').select((eb) => eb.fn.max('receivedOn').as('on')).where('receivedOn', '<=', today).executeTakeFirst(),
    db.selectFrom('campaigns').select((eb) => eb.fn.max('startsOn').as('on')).where('startsOn', '<=', today).executeTakeFirst(),
  ])
  const latest = newest.map((r) => r?.on ?? '').reduce((a, b) => (b > a ? b : a), '')
  return Number((latest || today).slice(0, 4))
}
