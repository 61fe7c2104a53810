import type { BulletinTypicalCase } from '../../contract/bulletin'
import type { TypicalKind } from '../../contract/typical'
import { maskName, maskNamesIn } from '../privacy/mask-names'
import { formatScore, withoutFinalStop } from './format'

/** A marked deduction or veto as the bulletin needs it (from the typical-case list). */
export interface TypicalSource {
  kind: TypicalKind
  target: 'deduction' | 'veto'
  caseNumber: string
  squadName: string
  party: string
  title: string
  points: number | null
  reason: string
  note: string
}

const sentence = (text: string) => (text.trim() ? `${withoutFinalStop(text)}。` : '')

/** What the bulletin says about a typical case: the problem and its reason, or what was done well. */
function typicalText(s: TypicalSource): string {
  if (s.kind === 'good') return `${s.note.trim() ? withoutFinalStop(s.note) : `“${s.title}”方面做法规范`}，可供各中队学习借鉴。`
  const reason = s.reason.trim() ? `，${withoutFinalStop(s.reason)}` : ''
  const finding = s.target === 'veto' ? `存在否决项“${s.title}”，评定为不合格${reason}` : `“${s.title}”扣${formatScore(s.points ?? 0)}分${reason}`
  return `${finding}。${sentence(s.note)}`
}

/** Bad examples first, then good ones, each in the order given. */
export function typicalCases(sources: readonly TypicalSource[]): BulletinTypicalCase[] {
  const ordered = [...sources.filter((s) => s.kind === 'bad'), ...sources.filter((s) => s.kind === 'good')]
  return ordered.map((s) => ({ kind: s.kind, caseNumber: s.caseNumber, squadName: s.squadName, party: s.party, text: typicalText(s) }))
}

/** The party as the bulletin shows it: masked (张** / 上海**有限公司) when asked. */
export function shownParty(c: BulletinTypicalCase, mask: boolean): string {
  return mask ? maskName(c.party) : c.party
}

/** A typical case's text with its party's name masked wherever it appears, when asked. */
export function shownTypicalText(c: BulletinTypicalCase, mask: boolean): string {
  return mask ? maskNamesIn(c.text, [c.party]) : c.text
}
