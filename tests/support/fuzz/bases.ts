import { contract, METHOD_NAMES, type MethodName } from '../../../shared/contract'
import type { TestWorkspace } from '../workspace'
import type { FuzzFixture } from './fixture'
import { sampleInput, type Hint } from './mutations'

/** Methods that act on a draft campaign only: they get the draft, so a hostile value meets a campaign that could change. */
const DRAFT_METHODS = new Set<MethodName>(['campaigns.draw', 'campaigns.addCase', 'campaigns.removeCase', 'campaigns.setCaseRubric', 'campaigns.setOptions', 'campaigns.assign', 'campaigns.start'])

/** What an `id` field names, by the method: `people.updateOfficer` an officer, `cases.get` a case. */
function entityIdOf(method: MethodName, f: FuzzFixture): number | undefined {
  if (/Squad/.test(method)) return f.squadId
  if (/Officer/.test(method)) return f.officerId
  if (/Reviewer/.test(method)) return f.reviewerId
  const byDomain: Record<string, number> = { cases: f.caseId, documents: f.documentId, campaigns: f.campaignId, rubrics: f.rubricId }
  const [domain = ''] = method.split('.')
  return byDomain[domain]
}

/** Field names to real values of the fixture; a field not named here gets a plain valid value. */
function hintFor(method: MethodName, f: FuzzFixture): Hint {
  const adjudication = method.startsWith('adjudication.')
  const hints: Record<string, unknown> = {
    id: entityIdOf(method, f),
    squadId: f.squadId,
    officerId: f.officerId,
    reviewerId: f.reviewerId,
    caseId: adjudication ? f.doubleCaseId : method === 'campaigns.addCase' ? f.spareCaseId : f.caseId,
    campaignId: adjudication ? f.doubleCampaignId : DRAFT_METHODS.has(method) ? f.draftCampaignId : f.campaignId,
    assignmentId: f.assignmentId,
    evaluationId: f.evaluationId,
    deductionId: f.deductionId,
    documentId: f.documentId,
    rubricId: f.rubricId,
    itemId: 'S5.2',
    vetoId: 'V1',
    key: f.findingKey,
    sessionId: f.importSessionId,
    path: method.startsWith('documents.') ? f.pdfPath : f.registerPath,
    fileName: '案件台账.csv',
    lawTitle: f.lawTitle,
    json: f.rubricJson,
    entity: 'evaluation',
    entityId: String(f.evaluationId),
    badgeNumber: '3111809999',
    name: method === 'backups.restore' ? f.backupName : '测试名称',
    code: 'penalty-fuzz',
    folder: '/tmp/review-desk-fuzz-backups',
    page: 1,
    rect: { x: 0.1, y: 0.1, w: 0.5, h: 0.2 },
    docNumberPattern: '青城管督〔{year}〕{number}号',
    year: 2024,
    // No such account: a password an attack gets accepted is refused before it is written.
    accountId: 999_999,
  }
  return (key) => hints[key]
}

/**
 * Valid inputs for every method, pointing at the fixture's records: what each hostile value is
 * put into. Inputs the schema alone cannot tell (a rubric, a baseline, a bulletin) come from
 * reading them back.
 */
export async function baseInputs(ws: TestWorkspace, f: FuzzFixture): Promise<Map<MethodName, unknown[]>> {
  const rubric = await ws.call('rubrics.get', { id: f.rubricId })
  const table = await ws.call('settings.discretion', {})
  const scope = { kind: 'campaign' as const, campaignId: f.campaignId }
  const bulletin = await ws.call('bulletin.draft', scope)
  const opened = (await ws.call('imports.open', { target: 'cases', path: f.registerPath }))!
  const read: Partial<Record<MethodName, unknown>> = {
    'rubrics.publish': { body: rubric.body },
    'settings.setDiscretion': { table },
    'bulletin.save': { scope, content: bulletin.content },
    'imports.preview': { sessionId: opened.sessionId, mapping: opened.mapping, defaultDomain: 'muck_transport', createMissing: false },
    'imports.commit': { sessionId: opened.sessionId, mapping: opened.mapping, defaultDomain: 'muck_transport', createMissing: false },
    // A reviewer who does not exist: whatever login and password get through, nothing is written.
    'accounts.create': { reviewerId: 999_999, name: null, login: 'fuzz-login', password: 'fuzz-password-1', isAdmin: false },
  }
  const bases = new Map<MethodName, unknown[]>()
  for (const method of METHOD_NAMES) {
    const given = read[method]
    // One input per option of the largest union (the viewer's zoom has three); the same input once.
    const variants = given ? [given] : [0, 1, 2].map((v) => sampleInput(contract[method].input, hintFor(method, f), v))
    bases.set(method, [...new Map(variants.map((v) => [JSON.stringify(v), v])).values()])
  }
  return bases
}
