import { describe, expect, it } from 'vitest'
import { RETRY_DELAYS_MS, sendUntilAnswered } from '../../renderer/src/api/retry'

const lost = Object.assign(new Error('socket closed (1006)'), { code: 'network' })
const refused = Object.assign(new Error('已提交锁定'), { code: 'evaluation_locked' })

/** A call that fails with each of `failures` in turn, then answers; records what it was sent and every wait. */
function flaky(failures: Error[]) {
  const sent: number[] = []
  const waits: number[] = []
  const send = async () => {
    sent.push(sent.length)
    const failure = failures[sent.length - 1]
    if (failure) throw failure
    return 'answer'
  }
  const wait = async (ms: number) => {
    waits.push(ms)
  }
  return { send, wait, sent, waits }
}

describe('sending a change until its answer arrives', () => {
  it('sends again after each lost answer, waiting longer each time, and returns the answer', async () => {
    const call = flaky([lost, lost, lost])
    await expect(sendUntilAnswered(call.send, RETRY_DELAYS_MS, call.wait)).resolves.toBe('answer')
    expect(call.sent).toHaveLength(4)
    expect(call.waits).toEqual([250, 500, 1000])
  })

  it('does not send again after a refusal: the server answered', async () => {
    const call = flaky([lost, refused])
    await expect(sendUntilAnswered(call.send, RETRY_DELAYS_MS, call.wait)).rejects.toBe(refused)
    expect(call.sent).toHaveLength(2)
  })

  it('gives up after the last delay, with the lost answer as the failure', async () => {
    const call = flaky(Array(10).fill(lost))
    await expect(sendUntilAnswered(call.send, [1, 2], call.wait)).rejects.toBe(lost)
    expect(call.sent).toHaveLength(3)
    expect(call.waits).toEqual([1, 2])
  })

  it('waits about half a minute in all by default', () => {
    const total = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0)
    expect(total).toBeGreaterThanOrEqual(25_000)
    expect(total).toBeLessThanOrEqual(40_000)
  })
})
