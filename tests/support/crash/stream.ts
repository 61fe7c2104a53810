import { randomUUID } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import type { EvaluationState } from '../../../shared/contract/evaluations'
import type { Envelope } from '../../../shared/contract/errors'
import { LostAnswer, type Connection } from './connection'
import { nth } from '../defined'

/** One scoring change as the test sent it. Its tag (the deduction's reason, the note) is unique: it finds the change in the data. */
export interface SentChange {
  changeId: string
  method: 'evaluations.addDeduction' | 'evaluations.removeDeduction' | 'evaluations.setNote'
  input: Record<string, unknown>
  kind: 'add' | 'remove' | 'note'
  /** add: the deduction's reason; remove: the reason of the deduction removed; note: the note. */
  tag: string
  itemId: string
  tenths: number
  acknowledged: boolean
}

export interface RubricItemRoom {
  id: string
  maxTenths: number
}

/** What went wrong, said so that a reader can find it in the data. */
export type Problem = string

/**
 * One reviewer at one evaluation: changes one after another, as the review screen sends them (the
 * next waits for the answer to the one before). A change whose answer is lost stays pending and is
 * sent again, with the same id, before anything else.
 */
export class Stream {
  readonly changes: SentChange[] = []
  pending: SentChange | null = null
  /** Acknowledged deductions not yet chosen for removal: tag → id. */
  private readonly removable = new Map<string, { deductionId: number; itemId: string; tenths: number }>()
  /** Tenths per item, counting additions not yet acknowledged: nothing sent may exceed the item's maximum. */
  private readonly used = new Map<string, number>()
  private sequence = 0

  constructor(
    readonly evaluationId: number,
    private readonly items: RubricItemRoom[],
    private readonly random: () => number,
    private readonly problems: Problem[],
  ) {}

  private pick<T>(list: readonly T[]): T {
    return nth(list, Math.floor(this.random() * list.length))
  }

  private make(): SentChange {
    const changeId = randomUUID()
    const tag = `e${this.evaluationId}-${++this.sequence}-${changeId.slice(0, 8)}`
    const base = { changeId, acknowledged: false }
    const roll = this.random()
    const tenths = 1 + Math.floor(this.random() * 5)
    const roomy = this.items.filter((i) => (this.used.get(i.id) ?? 0) + tenths <= i.maxTenths)
    if ((roll < 0.35 || roomy.length === 0) && this.removable.size > 0) {
      const [reason, d] = this.pick([...this.removable])
      this.removable.delete(reason)
      return { ...base, method: 'evaluations.removeDeduction', kind: 'remove', tag: reason, itemId: d.itemId, tenths: d.tenths, input: { evaluationId: this.evaluationId, deductionId: d.deductionId, changeId } }
    }
    if (roll < 0.5 || roomy.length === 0) {
      const itemId = this.pick(this.items).id
      return { ...base, method: 'evaluations.setNote', kind: 'note', tag, itemId, tenths: 0, input: { evaluationId: this.evaluationId, itemId, note: tag, changeId } }
    }
    const itemId = this.pick(roomy).id
    this.used.set(itemId, (this.used.get(itemId) ?? 0) + tenths)
    return { ...base, method: 'evaluations.addDeduction', kind: 'add', tag, itemId, tenths, input: { evaluationId: this.evaluationId, itemId, points: tenths / 10, reason: tag, changeId } }
  }

  /** Sends the pending change, or a new one; resolves with its answer, or throws LostAnswer. */
  private async send(connection: Connection): Promise<EvaluationState | null> {
    if (!this.pending) {
      this.pending = this.make()
      this.changes.push(this.pending)
    }
    const change = this.pending
    const envelope = (await connection.call(change.method, change.input)) as Envelope<EvaluationState>
    if (!envelope.ok) {
      this.problems.push(`${change.method} ${change.tag} (${change.changeId}) refused: ${envelope.error.code} ${envelope.error.message}`)
      this.pending = null
      return null
    }
    return envelope.value
  }

  /** Takes the answer in: the change must show in the state the server answered with. */
  private acknowledge(state: EvaluationState) {
    const change = this.pending!
    this.pending = null
    change.acknowledged = true
    const found = state.deductions.filter((d) => d.reason === change.tag)
    if (change.kind === 'add') {
      if (found.length !== 1) this.problems.push(`the answer to adding ${change.tag} shows it ${found.length} times`)
      else this.removable.set(change.tag, { deductionId: nth(found, 0).id, itemId: change.itemId, tenths: change.tenths })
    } else if (change.kind === 'remove') {
      if (found.length !== 0) this.problems.push(`the answer to removing ${change.tag} still shows it`)
      this.used.set(change.itemId, (this.used.get(change.itemId) ?? 0) - change.tenths)
    } else if (state.notes[change.itemId] !== change.tag) {
      this.problems.push(`the answer to note ${change.tag} shows "${state.notes[change.itemId]}"`)
    }
  }

  /**
   * Sends changes one after another until the socket closes. Now and then an answer that did
   * arrive is treated as lost (`dropRate`): the change is sent again at once and must be answered
   * with the very same state, without applying twice.
   */
  async run(connection: Connection, dropRate: number, stats: { dropped: number }): Promise<void> {
    for (;;) {
      let state: EvaluationState | null
      try {
        state = await this.send(connection)
        if (state && this.random() < dropRate) {
          stats.dropped++
          const again = await this.send(connection)
          if (again && !isDeepStrictEqual(again, state)) this.problems.push(`the retry of ${this.pending?.tag} answered another state than the change`)
          state = again
        }
      } catch (err) {
        if (err instanceof LostAnswer) return
        throw err
      }
      if (state) this.acknowledge(state)
    }
  }

  /** Sends the change whose answer the crash lost, again with its id: it must be answered now. */
  async retry(connection: Connection): Promise<void> {
    if (!this.pending) return
    const state = await this.send(connection)
    if (state) this.acknowledge(state)
  }
}
