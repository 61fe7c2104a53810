import type { z } from 'zod'

/** One contract method: its input and output schemas. The name is its key in the domain map. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
}

export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> {
  return { input, output }
}

export type ContractShape = Record<string, MethodSpec>
export type InputOf<C extends ContractShape, M extends keyof C> = z.input<C[M]['input']>
export type ParsedInputOf<C extends ContractShape, M extends keyof C> = z.output<C[M]['input']>
export type OutputOf<C extends ContractShape, M extends keyof C> = z.output<C[M]['output']>

/** Prefixes every method of a domain with `domain.` so the merged contract has flat, unique names. */
export function domain<P extends string, D extends ContractShape>(
  prefix: P,
  methods: D,
): { [K in keyof D & string as `${P}.${K}`]: D[K] } {
  return Object.fromEntries(Object.entries(methods).map(([k, v]) => [`${prefix}.${k}`, v])) as never
}
