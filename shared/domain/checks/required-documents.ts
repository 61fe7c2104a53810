import type { CASE_TYPES, PROCEDURES } from '../../contract/cases'

export interface CaseKind {
  procedure: (typeof PROCEDURES)[number]
  caseType: (typeof CASE_TYPES)[number]
  isMajor: boolean
}

/** The rubric item and option a missing document proposes. */
export interface DocumentItemRef {
  itemId: string
  optionId: string | null
}

export interface RequiredDocument extends DocumentItemRef {
  /** As tagged in the 卷内目录. */
  docType: string
  applies(c: CaseKind): boolean
  /** A missing document that is also a veto candidate (an ordinary-rubric id: see `vetoIdFor`). */
  vetoId?: string
  /**
   * The item for the other shipped rubrics, whose ids mean other things; null where that rubric
   * has no such item. The fields above hold the ordinary-procedure rubric's ids, which every
   * rubric not named here (an edit or a copy of that one) shares.
   */
  byRubric?: Readonly<Record<string, DocumentItemRef | null>>
}

const ordinaryPenalty = (c: CaseKind) => c.caseType === 'penalty' && c.procedure === 'ordinary'

/** The documents an urban-management penalty file must hold (Penalty Law arts. 52, 54–61, 58 for majors). */
export const REQUIRED_DOCUMENTS: readonly RequiredDocument[] = [
  { docType: '立案审批表', applies: ordinaryPenalty, itemId: 'S1.1', optionId: 'missing' },
  { docType: '调查终结报告', applies: ordinaryPenalty, itemId: 'S4.1', optionId: 'missing' },
  { docType: '事先告知书', applies: ordinaryPenalty, itemId: 'S4.2', optionId: null, vetoId: 'V7' },
  {
    docType: '处罚决定书', applies: (c) => c.caseType === 'penalty', itemId: 'S5.1', optionId: null, vetoId: 'V10',
    byRubric: { 'penalty-simple': { itemId: 'S3.2', optionId: null }, compulsion: null },
  },
  { docType: '送达回证', applies: ordinaryPenalty, itemId: 'S5.2', optionId: 'no-proof' },
  {
    docType: '法制审核意见', applies: (c) => c.isMajor, itemId: 'S4.5', optionId: null, vetoId: 'V8',
    byRubric: { 'penalty-simple': null, compulsion: null },
  },
]

/** Which item and option of the given rubric a missing document points to, if any. */
export function documentItemRef(doc: RequiredDocument, rubricCode: string): DocumentItemRef | null {
  const own = doc.byRubric?.[rubricCode]
  return own === undefined ? doc : own
}

/** The required documents not tagged in the case file; null when the file has no 卷内目录 tags yet. */
export function missingDocuments(kind: CaseKind, taggedTypes: readonly string[]): RequiredDocument[] | null {
  if (taggedTypes.length === 0) return null
  const tagged = new Set(taggedTypes)
  return REQUIRED_DOCUMENTS.filter((r) => r.applies(kind) && !tagged.has(r.docType))
}
