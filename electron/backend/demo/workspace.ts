import { buildCases } from './cases'
import { NameBook } from './names'
import { numberCases } from './numbering'
import { createRandom } from './random'
import { buildOfficers, buildSquads } from './staff'
import type { DemoWorkspace } from './types'

export type {
  DemoCase, DemoCaseDetails, DemoDefect, DemoDocumentSection, DemoOfficer, DemoPartyDetails, DemoSquad, DemoWorkspace,
} from './types'
export { DEMO_DEFECTS } from './types'
export { DEMO_AS_OF } from './case-dates'

/**
 * The demo workspace: 12 squads, their officers and about 120 cases of 2023, some with planted
 * defects. Pure and deterministic: the same seed gives the same workspace on every machine.
 */
export function buildDemoWorkspace(seed = 2023): DemoWorkspace {
  const random = createRandom(seed)
  const names = new NameBook(random.fork())
  const squads = buildSquads()
  const officers = buildOfficers(names)
  const staff = {
    officers,
    legalReviewers: [names.person(), names.person(), names.person()],
    bureauLeaders: [names.person(), names.person()],
  }
  const cases = buildCases(staff, names, random.fork())
  numberCases(cases)
  cases.sort((a, b) => (a.discoveredOn ?? '').localeCompare(b.discoveredOn ?? '') || a.caseNumber.localeCompare(b.caseNumber))
  return { squads, officers, cases }
}
