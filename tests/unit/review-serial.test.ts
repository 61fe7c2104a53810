import { describe, expect, it } from 'vitest'
import { SerialCalls } from '../../renderer/src/api/serial'

/** A call that answers when told to, recording when it was sent. */
function deferred(log: string[], name: string) {
  let answer!: (value: string) => void
  let refuse!: (error: Error) => void
  const call = () => {
    log.push(`sent ${name}`)
    return new Promise<string>((resolve, reject) => {
      answer = resolve
      refuse = reject
    })
  }
  return { call, answer: (value: string) => answer(value), refuse: (error: Error) => refuse(error) }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('calls sent one after another', () => {
  it('sends the first at once and each next one only once the one before has settled', async () => {
    const log: string[] = []
    const calls = new SerialCalls()
    const a = deferred(log, 'a')
    const b = deferred(log, 'b')
    const first = calls.run(a.call)
    expect(log).toEqual(['sent a'])
    const second = calls.run(b.call)
    expect(calls.pending).toBe(2)
    await tick()
    expect(log).toEqual(['sent a'])
    a.answer('A')
    expect(await first).toEqual({ ok: true, value: 'A', last: false })
    await tick()
    expect(log).toEqual(['sent a', 'sent b'])
    b.answer('B')
    expect(await second).toEqual({ ok: true, value: 'B', last: true })
    expect(calls.pending).toBe(0)
  })

  it('goes on after a failure, which it reports instead of throwing', async () => {
    const log: string[] = []
    const calls = new SerialCalls()
    const a = deferred(log, 'a')
    const first = calls.run(a.call)
    const second = calls.run(() => {
      throw new Error('refused before sending')
    })
    a.refuse(new Error('lost'))
    const settled = await first
    expect(settled.ok ? null : (settled.error as Error).message).toBe('lost')
    expect(settled.last).toBe(false)
    const next = await second
    expect(next.ok ? null : (next.error as Error).message).toBe('refused before sending')
    expect(next.last).toBe(true)
    const c = deferred(log, 'c')
    const third = calls.run(c.call)
    expect(log).toEqual(['sent a', 'sent c'])
    c.answer('C')
    expect(await third).toEqual({ ok: true, value: 'C', last: true })
  })
})
