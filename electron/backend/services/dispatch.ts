import { isDeepStrictEqual } from 'node:util'
import { contract, type MethodName } from '../../../shared/contract'
import type { Envelope } from '../../../shared/contract/errors'
import { loneSurrogateAt } from '../../../shared/contract/well-formed'
import { LONE_SURROGATE_MESSAGE } from '../../../shared/contract/common'
import { errorMessage } from '../../../shared/i18n/error-messages'
import type { ServiceContext, SystemPorts } from './context'
import { AppError } from './errors'
import { storageError } from './storage-errors'
import { isDamageError } from '../db/backup'
import type { Handlers } from './handler-types'

/** `ports`: the caller's own way to reach the user (a browser page), in place of the context's. */
export type Dispatch = (method: string, input: unknown, ports?: SystemPorts) => Promise<Envelope<unknown>>

export interface DispatchOptions {
  /**
   * Checks every answer against the contract's output schema, and that the check changes nothing
   * (no key stripped, no default filled in): on in tests and development. The shipped app trusts
   * what the tests have shown, so a save does not pay for proving it again.
   */
  checkOutputs: boolean
}

/**
 * The one entry used by both transports (IPC and the bridge's socket): validates the input with the
 * contract's schema, runs the handler, checks the output when asked, and wraps any failure in the envelope.
 */
export function createDispatch(ctx: ServiceContext, handlers: Handlers, { checkOutputs }: DispatchOptions): Dispatch {
  return async (method, rawInput, ports) => {
    // The locale is read only for a failure: a call that succeeds costs no extra statement.
    const fail = async (code: AppError['code'], params: AppError['params'] = {}) => {
      const locale = await ctx.locale().catch(() => 'zh-CN' as const)
      const message = errorMessage(code, locale, params)
      // A damaged file's engine reason (English) travels beside the sentence, not in it: for a folded detail and support.
      if (code === 'file_broken' && params.detail !== undefined) return { ok: false, error: { code, message, details: String(params.detail) } } as const
      return { ok: false, error: { code, message } } as const
    }
    if (!Object.hasOwn(contract, method)) return fail('unknown_method', { method: String(method) })
    const spec = contract[method as MethodName]
    // A missing input is an empty one; null, like any other non-object, is the schema's to refuse.
    const input = rawInput === undefined ? {} : rawInput
    const lone = loneSurrogateAt(input)
    if (lone) return fail('invalid_input', { detail: `${lone}: ${LONE_SURROGATE_MESSAGE}` })
    const parsed = spec.input.safeParse(input)
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ')
      return fail('invalid_input', { detail })
    }
    try {
      const handler = handlers[method as MethodName] as (c: ServiceContext, i: unknown) => Promise<unknown>
      const value = await handler(ports ? { ...ctx, ports } : ctx, parsed.data)
      if (checkOutputs && !isDeepStrictEqual(spec.output.parse(value), value)) throw new Error(`the answer of ${method} is not exactly of its contract's shape`)
      return { ok: true, value }
    } catch (err) {
      if (err instanceof AppError) return fail(err.code, err.params)
      console.error(`[${method}]`, err)
      // A full disk, a folder made read-only, a damaged page met mid-session: said as what to do.
      const coded = typeof (err as { code?: unknown } | null)?.code === 'string'
      const storage = !coded ? null : isDamageError(err) ? new AppError('database_damaged') : storageError(err, ctx.paths.data)
      if (storage) return fail(storage.code, storage.params)
      return fail('internal', { detail: err instanceof Error ? err.message : String(err) })
    }
  }
}
