import type { Database } from '../electron/backend/db/connection'
import type { ServiceContext } from '../electron/backend/services/context'
import { createDispatch } from '../electron/backend/services/dispatch'
import { handlers } from '../electron/backend/services/registry'
import { newCaller } from '../electron/backend/services/auth/caller'
import { newCredential } from '../electron/backend/services/accounts/password'
import { holdDataKey, randomDataKey } from '../electron/backend/services/keys/data-key'
import { RESOURCES_DIR } from '../tests/support/paths'
import { OpenValuesPlugin } from '../electron/backend/db/open-values'
import { openStoredValue } from '../electron/backend/services/keys/sealed-text'

/**
 * The services as the shipped app runs them (answers not checked again), called as a signed-in
 * administrator, so each figure includes what every real call pays: the account read and the
 * access check.
 */
export async function serviceDispatch(db: Database, dir: string, now: () => Date = () => new Date()) {
  const at = now().toISOString()
  const { id } = await db
    .insertInto('accounts')
    .values({ login: 'bench', name: '基准测试', isAdmin: 1, passwordHash: (await newCredential('bench-password')).passwordHash, createdAt: at, passwordChangedAt: at })
    .returning('id')
    .executeTakeFirstOrThrow()
  const dataKey = holdDataKey()
  const ctx: ServiceContext = {
    // As a session opens it: sealed values read plain.
    db: db.withPlugin(new OpenValuesPlugin(openStoredValue(dataKey))),
    paths: { data: dir, files: dir, exports: dir, resources: RESOURCES_DIR },
    ports: {},
    now,
    locale: async () => 'zh-CN',
    progress: () => {},
    dataKey,
    caller: newCaller(),
    actor: null,
  }
  ctx.dataKey.set(randomDataKey())
  const dispatch = createDispatch(ctx, handlers, { checkOutputs: false, checkAccess: true })
  const caller = { ...newCaller(), accountId: id, lastCallAt: now().getTime() }
  return { ctx, dispatch: (method: string, input: unknown) => dispatch(method, input, caller) }
}
