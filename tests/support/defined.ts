/** The value, or a test failure naming what was missing. */
export function expectDefined<T>(value: T | undefined, what = 'a value'): T {
  if (value === undefined) throw new Error(`expected ${what}, found none`)
  return value
}

/** items[index] (from the end when negative), or a test failure when the list is shorter. */
export function nth<T>(items: readonly T[], index: number, what = 'an element'): T {
  return expectDefined(items.at(index), `${what} at index ${index} of ${items.length}`)
}

/** The one element of a list, or a test failure when there are none or several. */
export function only<T>(items: readonly T[], what = 'element'): T {
  if (items.length !== 1) throw new Error(`expected exactly one ${what}, found ${items.length}`)
  return nth(items, 0, what)
}

type Tuple<T, N extends number, R extends T[] = []> = R['length'] extends N ? R : Tuple<T, N, [...R, T]>

/** The first `count` elements as a tuple, or a test failure when the list is shorter. */
export function take<T, N extends number>(items: readonly T[], count: N, what = 'elements'): Tuple<T, N> {
  if (items.length < count) throw new Error(`expected at least ${count} ${what}, found ${items.length}`)
  return items.slice(0, count) as Tuple<T, N>
}
