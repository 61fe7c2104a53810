import type { DomainHandlers } from '../handler-types'
import { listTypical } from './list'
import { markTypical, marksOfEvaluation, unmarkTypical } from './mark'

export const typicalHandlers: DomainHandlers<'typical'> = {
  'typical.mark': async (ctx, { target, kind, note }) => markTypical(ctx, target, kind, note),
  'typical.unmark': async (ctx, { target }) => {
    await unmarkTypical(ctx, target)
    return { ok: true as const }
  },
  'typical.ofEvaluation': async (ctx, { evaluationId }) => marksOfEvaluation(ctx, evaluationId),
  'typical.list': async (ctx, scope) => listTypical(ctx.db, scope),
}
