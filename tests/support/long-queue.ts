import type { Contract, MethodName } from '../../shared/contract'
import type { InputOf, OutputOf } from '../../shared/contract/define'
import { nth } from './defined'

export const LONG_QUEUE_NAME = '集中评查（整日连续评查）'

type Call = <M extends MethodName>(method: M, input: InputOf<Contract, M>) => Promise<OutputOf<Contract, M>>

/**
 * A started campaign of `size` closed cases of the workspace (the demo's), all assigned to the
 * reviewer at this PC: a queue as long as a 集中评查 sitting, which the demo's own campaigns are not.
 * Returns its assignments in queue order.
 */
export async function addLongQueue(call: Call, size: number): Promise<{ campaignId: number; assignmentIds: number[] }> {
  const { reviewer } = await call('workspace.status', {})
  if (!reviewer) throw new Error('no reviewer at this PC')
  const rubric = nth(await call('rubrics.list', {}), 0, 'rubric')
  const campaign = await call('campaigns.create', {
    name: LONG_QUEUE_NAME,
    kind: 'centralized',
    rubricId: rubric.id,
    population: { from: '2000-01-01', to: '2099-12-31' },
    sampling: { method: 'simple', size: { kind: 'count', count: size }, alwaysInclude: { major: false, complaint: false }, seed: 16 },
  })
  await call('campaigns.assign', { campaignId: campaign.id, reviewerIds: [reviewer.id] })
  await call('campaigns.start', { campaignId: campaign.id })
  const queue = (await call('campaigns.mine', {})).filter((a) => a.campaignId === campaign.id).sort((a, b) => a.position - b.position)
  if (queue.length < size) throw new Error(`the long queue holds ${queue.length} cases, not ${size}`)
  return { campaignId: campaign.id, assignmentIds: queue.map((a) => a.assignmentId) }
}
