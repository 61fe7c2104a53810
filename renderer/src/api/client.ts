import type { Contract, MethodName } from '../../../shared/contract'
import type { InputOf, OutputOf } from '../../../shared/contract/define'
import { ApiError } from './errors'
import { invoke } from './transport'

export type MethodInput<M extends MethodName> = InputOf<Contract, M>
export type MethodOutput<M extends MethodName> = OutputOf<Contract, M>

/** Typed access to every contract method; a failed envelope becomes a thrown ApiError. */
export const api = {
  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const envelope = await invoke(method, input)
    if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message, typeof envelope.error.details === 'string' ? envelope.error.details : undefined)
    return envelope.value as MethodOutput<M>
  },
}
