import type { Contract, MethodName } from '../../../shared/contract'
import type { InputOf, OutputOf } from '../../../shared/contract/define'
import { ApiError } from './errors'
import { invoke } from './transport'

export type MethodInput<M extends MethodName> = InputOf<Contract, M>
export type MethodOutput<M extends MethodName> = OutputOf<Contract, M>

/** Told when the backend no longer knows the window as signed in (idle lock elsewhere, account disabled). */
const signedOutListeners = new Set<() => void>()
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener)
  return () => signedOutListeners.delete(listener)
}

/** Told when an account signs in in this window: reads refused while it was locked may run again. */
const signedInListeners = new Set<() => void>()
export function onSignedIn(listener: () => void): () => void {
  signedInListeners.add(listener)
  return () => signedInListeners.delete(listener)
}

/** Typed access to every contract method; a failed envelope becomes a thrown ApiError. */
export const api = {
  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const envelope = await invoke(method, input)
    if (!envelope.ok && envelope.error.code === 'signed_out') for (const listener of signedOutListeners) listener()
    if (envelope.ok && method === 'auth.signIn') for (const listener of signedInListeners) listener()
    if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message, typeof envelope.error.details === 'string' ? envelope.error.details : undefined)
    return envelope.value as MethodOutput<M>
  },
}
