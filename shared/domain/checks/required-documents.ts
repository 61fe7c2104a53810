import type { CASE_TYPES, PROCEDURES } from '../../contract/cases'

export interface CaseKind {
  procedure: (typeof PROCEDURES)[number]
  caseType: (typeof CASE_TYPES)[number]
  isMajor: boolean
}

export interface RequiredDocument {
  /** As tagged in the 卷内目录. */
  docType: string
  applies(c: CaseKind): boolean
  /** The rubric item and option a missing document proposes (default rubric ids). */
  itemId: string
  optionId: string | null
  /** A missing document that is also a veto candidate. */
  vetoId?: string
}

const ordinaryPenalty = (c: CaseKind) => c.caseType === 'penalty' && c.procedure === 'ordinary'

/** The documents an urban-management penalty file must hold (Penalty Law arts. 54–61, 58 for majors). */
export const REQUIRED_DOCUMENTS: readonly RequiredDocument[] = [
  { docType: '立案审批表', applies: ordinaryPenalty, itemId: 'S1.1', optionId: 'missing' },
  { docType: '调查终结报告', applies: ordinaryPenalty, itemId: 'S4.1', optionId: 'missing' },
  { docType: '事先告知书', applies: ordinaryPenalty, itemId: 'S4.2', optionId: null, vetoId: 'V7' },
  { docType: '处罚决定书', applies: (c) => c.caseType === 'penalty', itemId: 'S5.1', optionId: null, vetoId: 'V10' },
  { docType: '送达回证', applies: ordinaryPenalty, itemId: 'S5.2', optionId: 'no-proof' },
  { docType: '法制审核意见', applies: (c) => c.isMajor, itemId: 'S4.5', optionId: null, vetoId: 'V8' },
]

/** The required documents not tagged in the case file; null when the file has no 卷内目录 tags yet. */
export function missingDocuments(kind: CaseKind, taggedTypes: readonly string[]): RequiredDocument[] | null {
  if (taggedTypes.length === 0) return null
  const tagged = new Set(taggedTypes)
  return REQUIRED_DOCUMENTS.filter((r) => r.applies(kind) && !tagged.has(r.docType))
}
