import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract, METHOD_NAMES, type MethodName } from '../../shared/contract'
import { ERROR_CODES, type Envelope } from '../../shared/contract/errors'
import { loneSurrogateAt } from '../../shared/contract/well-formed'
import { openTestWorkspace, type TestWorkspace } from '../support/workspace'
import { seedFuzzFixture } from '../support/fuzz/fixture'
import { baseInputs } from '../support/fuzz/bases'
import { mutationsOf, type Mutation } from '../support/fuzz/mutations'
import { watchWrites, type WriteWatch } from '../support/fuzz/write-watch'

/*
 * Every method of the contract, through the real dispatch on a real workspace, is sent a valid
 * input with one hostile value put in one place (null, a wrong type, huge and negative numbers,
 * 10,000 characters, invisible-only text, lone surrogates, days that do not exist), and inputs that
 * are no object at all. Each answer must be a clean refusal — an envelope with a known error code
 * other than `internal` — or, for a value the contract accepts, an answer that wrote nothing; and
 * nothing may be written to the database or the data folder either way.
 */
let ws: TestWorkspace
let bases: Map<MethodName, unknown[]>
let watch: WriteWatch

beforeAll(async () => {
  ws = await openTestWorkspace({ signedIn: false })
  const fixture = await seedFuzzFixture(ws)
  bases = await baseInputs(ws, fixture)
  watch = await watchWrites(ws.dir)
})
afterAll(async () => {
  await watch?.close()
  await ws?.close()
})

const KNOWN_CODES = new Set<string>(ERROR_CODES)

/** What is wrong with the answer to one hostile call, or null. */
function judge(envelope: Envelope<unknown>, contractAccepts: boolean, written: string[]): string | null {
  if (typeof envelope !== 'object' || envelope === null || typeof envelope.ok !== 'boolean') return `no envelope: ${JSON.stringify(envelope)}`
  if (written.length > 0) return `wrote ${written.join(', ')} (${envelope.ok ? 'accepted' : envelope.error.code})`
  if (envelope.ok) return contractAccepts ? null : 'accepted what the contract refuses'
  const { code, message } = envelope.error
  if (!KNOWN_CODES.has(code)) return `unknown error code ${code}`
  if (code === 'internal') return `internal error: ${message}`
  if (!contractAccepts && code !== 'invalid_input') return `refused as ${code}, not invalid_input`
  if (typeof message !== 'string' || message.length === 0) return 'a refusal without a message'
  return null
}

async function attack(method: MethodName, m: Mutation): Promise<string | null> {
  // As the dispatch does: a lone surrogate anywhere is refused before the schema runs.
  const contractAccepts = loneSurrogateAt(m.input) === null && contract[method].input.safeParse(m.input).success
  // Null in a field that may be null is a value it holds, not an attack.
  if (m.hostile === 'null' && m.path.length > 0 && contractAccepts) return null
  const envelope = await ws.dispatch(method, m.input)
  return judge(envelope, contractAccepts, await watch.changes())
}

describe('every contract method, sent hostile values', () => {
  it('has a valid input to attack', () => {
    const invalid = METHOD_NAMES.filter((m) => !bases.get(m)!.every((base) => contract[m].input.safeParse(base).success))
    expect(invalid).toEqual([])
  })

  it.each(METHOD_NAMES)('%s refuses them cleanly and writes nothing', async (method) => {
    const problems: string[] = []
    for (const base of bases.get(method)!) {
      for (const m of mutationsOf(base)) {
        const problem = await attack(method, m)
        if (problem) problems.push(`${m.label}: ${problem}`)
      }
    }
    expect(problems).toEqual([])
  })
})
