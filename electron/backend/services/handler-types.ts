import type { Contract, MethodName } from '../../../shared/contract'
import type { OutputOf, ParsedInputOf } from '../../../shared/contract/define'
import type { ServiceContext } from './context'

export type Handler<M extends MethodName> = (
  ctx: ServiceContext,
  input: ParsedInputOf<Contract, M>,
) => Promise<OutputOf<Contract, M>>

export type Handlers = { [M in MethodName]: Handler<M> }

/** A domain's slice of the handler map, keyed by the full method name. */
export type DomainHandlers<P extends string> = {
  [M in MethodName as M extends `${P}.${string}` ? M : never]: Handler<M>
}
