import type { Database } from '../../db/connection'
import { appendAudit } from '../audit/log'
import { SYSTEM_ACTOR } from '../auth/actor'
import { searchTokens, sealText } from '../keys/sealed-text'

// Short transactions: other calls wait on the database's one connection while one runs.
const CASES_PER_TRANSACTION = 200

/**
 * Seals the party of every case stored in plain (written before the workspace had a data key, or
 * brought back so by a restore), with its search tokens. The stored data changes, so each case
 * gets an audit row that vouches for its new state.
 */
export async function sealPlainParties(db: Database, dataKey: Buffer, now: () => Date): Promise<number> {
  let sealed = 0
  for (;;) {
    const done = await db.transaction().execute(async (trx) => {
      const plain = await trx.selectFrom('cases').select(['id', 'party']).where('partyTokens', 'is', null).orderBy('id').limit(CASES_PER_TRANSACTION).execute()
      for (const { id, party } of plain) {
        await trx.updateTable('cases').set({ party: sealText(dataKey, party), partyTokens: searchTokens(dataKey, party) }).where('id', '=', id).execute()
        await appendAudit(trx, now(), { actor: SYSTEM_ACTOR, action: 'case.seal', entity: 'case', entityId: id })
      }
      return plain.length
    })
    sealed += done
    if (done < CASES_PER_TRANSACTION) return sealed
  }
}
