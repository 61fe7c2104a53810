import type { DomainHandlers } from '../handler'
import { loadRubric } from './load'
import { notFound } from '../errors'

const summary = ['id', 'code', 'version', 'name', 'publishedAt'] as const

export const rubricsHandlers: DomainHandlers<'rubrics'> = {
  'rubrics.list': async (ctx) => ctx.db.selectFrom('rubrics').select(summary).orderBy('code').orderBy('version', 'desc').execute(),
  'rubrics.get': async (ctx, { id }) => {
    const row = await ctx.db.selectFrom('rubrics').select(summary).where('id', '=', id).executeTakeFirst()
    if (!row) throw notFound('rubric', id)
    return { ...row, body: await loadRubric(ctx.db, id) }
  },
}
