import { contract, type MethodName } from '../../shared/contract'
import type { Envelope } from '../../shared/contract/errors'
import { errorMessage } from '../../shared/i18n/error-messages'
import type { ServiceContext } from './context'
import { AppError } from './errors'
import type { Handlers } from './handler'

export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>

/**
 * The one entry used by both transports (IPC and the bridge's socket): validates the input with the
 * contract's schema, runs the handler, validates the output, and wraps any failure in the envelope.
 */
export function createDispatch(ctx: ServiceContext, handlers: Handlers): Dispatch {
  return async (method, rawInput) => {
    // The locale is read only for a failure: a call that succeeds costs no extra statement.
    const fail = async (code: AppError['code'], params: AppError['params'] = {}) => {
      const locale = await ctx.locale().catch(() => 'zh-CN' as const)
      return { ok: false, error: { code, message: errorMessage(code, locale, params) } } as const
    }
    if (!Object.hasOwn(contract, method)) return fail('unknown_method', { method: String(method) })
    const spec = contract[method as MethodName]
    const parsed = spec.input.safeParse(rawInput ?? {})
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ')
      return fail('invalid_input', { detail })
    }
    try {
      const handler = handlers[method as MethodName] as (c: ServiceContext, i: unknown) => Promise<unknown>
      const value = await handler(ctx, parsed.data)
      return { ok: true, value: spec.output.parse(value) }
    } catch (err) {
      if (err instanceof AppError) return fail(err.code, err.params)
      console.error(`[${method}]`, err)
      return fail('internal', { detail: err instanceof Error ? err.message : String(err) })
    }
  }
}
