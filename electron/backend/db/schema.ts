import type { Generated } from 'kysely'

// Row types as Kysely sees them (camelCase through CamelCasePlugin).
export interface SquadsTable {
  id: Generated<number>
  name: string
  kind: 'mobile' | 'street' | 'town'
  sortOrder: number
  active: Generated<number>
}

export interface OfficersTable {
  id: Generated<number>
  name: string
  badgeNumber: string
  squadId: number
  certified: number
  certificateNumber: string | null
  certificateExpiresOn: string | null
  active: Generated<number>
}

export interface CasesTable {
  id: Generated<number>
  caseNumber: string
  /** Sealed (`enc1:…`) once the data key exists; read plain through the session's database. */
  party: string
  /** Keyed search tokens of the party (keys/sealed-text.ts); null while the party is plain. */
  partyTokens: Generated<string | null>
  partyType: string
  procedure: string
  caseType: string
  domain: string
  squadId: number
  violation: string
  legalBasis: string
  discretionTier: string | null
  penaltyFen: number | null
  isMajor: number
  discoveredOn: string | null
  filedOn: string | null
  investigationEndedOn: string | null
  notifiedOn: string | null
  decidedOn: string | null
  servedOn: string | null
  executedOn: string | null
  closedOn: string | null
  archivedOn: string | null
  /** 案件来源, e.g. 'inspection', 'complaint'; '' when the register did not say. */
  source: Generated<string>
  legalReviewedOn: string | null
  /** 法制审核意见, as the review wrote it; '' when none was recorded. */
  legalReviewOpinion: Generated<string>
  /** 执法公示: when and where the penalty decision was published. */
  publishedOn: Generated<string | null>
  publishedPlace: Generated<string>
  createdAt: string
  updatedAt: string
}

/** 执法全过程记录: one recording of an enforcement action (a body camera's file). */
export interface AvRecordsTable {
  id: Generated<number>
  /** The recording's own number or file name, as the recorders' system gives it. */
  recordNumber: string
  recordedOn: string
  squadId: number
  /** The case it belongs to, as written in the register ('' when none). */
  caseNumber: Generated<string>
  durationSeconds: number | null
  /** Where the recording is kept (a storage server's path, a disc's label). */
  storage: Generated<string>
  /** The video attached to the record, in the sealed store. */
  sha256: string | null
  fileName: string | null
  createdAt: string
  updatedAt: string
}

export interface AvRecordOfficersTable {
  avRecordId: number
  officerId: number
  position: number
}

/** 投诉举报: a complaint from the 12345 hotline, a petition (信访) or elsewhere. */
export interface ComplaintsTable {
  id: Generated<number>
  ticketNumber: string
  source: 'hotline' | 'petition' | 'other'
  receivedOn: string
  subject: string
  /** Sealed, as the party (ADR 0012); `addressKey` and `partyKey` are keyed hashes of their normalised text. */
  address: Generated<string>
  addressKey: string | null
  party: Generated<string>
  partyKey: string | null
  /** Keyed search tokens of the address and the party together (keys/sealed-text.ts). */
  searchTokens: Generated<string | null>
  squadId: number
  result: Generated<string>
  closedOn: string | null
  repliedOn: string | null
  createdAt: string
  updatedAt: string
}

export interface CaseOfficersTable {
  caseId: number
  officerId: number
  position: number
}

export interface FilesTable {
  sha256: string
  mime: string
  byteSize: number
  pageCount: number
  createdAt: string
}

export interface DocumentsTable {
  id: Generated<number>
  caseId: number
  sha256: string
  fileName: string
  addedAt: string
}

export interface PageRotationsTable {
  documentId: number
  page: number
  degrees: number
}

export interface PageTagsTable {
  id: Generated<number>
  documentId: number
  firstPage: number
  lastPage: number
  docType: string
}

/** What a campaign reviews (ADR 0013), and so what a rubric scores. */
export type ReviewTarget = 'case' | 'av_record' | 'complaint'

export interface RubricsTable {
  id: Generated<number>
  code: string
  version: number
  name: string
  body: string
  publishedAt: string
  target: Generated<ReviewTarget>
}

export interface ReviewersTable {
  id: Generated<number>
  name: string
  role: 'reviewer' | 'lead'
  /** The squad a reviewer belongs to and the officer they are, if any: cases of either are recused. */
  squadId: number | null
  officerId: number | null
  active: Generated<number>
}

export interface CampaignsTable {
  id: Generated<number>
  name: string
  kind: 'monthly' | 'centralized' | 'special' | 'follow_up'
  target: Generated<ReviewTarget>
  /** The default rubric; each sampled case carries its own in campaign_cases. */
  rubricId: number
  startsOn: string | null
  endsOn: string | null
  status: Generated<'draft' | 'in_progress' | 'closed'>
  doubleReview: Generated<number>
  /** Totals further apart than this (tenths of a point) go to the lead. */
  toleranceTenths: Generated<number>
  /** JSON: the population filter the sample was drawn from. */
  population: string | null
  /** JSON: the sampling record (method, seed, strata and counts, who drew it and when). */
  sampling: string | null
  closedAt: string | null
  createdAt: string
}

/** The object a row is about: exactly one of the three, the one its campaign's target names. */
interface ReviewObjectColumns {
  caseId: number | null
  avRecordId: Generated<number | null>
  complaintId: Generated<number | null>
}

export interface CampaignCasesTable extends ReviewObjectColumns {
  campaignId: number
  rubricId: number
  origin: 'sample' | 'always' | 'manual'
  note: Generated<string>
  addedAt: string
}

export interface AdjudicationsTable extends ReviewObjectColumns {
  campaignId: number
  total: number
  grade: string
  /** JSON: the lead's decision per item where the two reviews differ. */
  items: Generated<string>
  reason: string
  decidedBy: string
  decidedAt: string
}

export interface AssignmentsTable extends ReviewObjectColumns {
  id: Generated<number>
  campaignId: number
  reviewerId: number
  round: Generated<number>
  position: Generated<number>
}

export interface EvaluationsTable {
  id: Generated<number>
  assignmentId: number
  rubricId: number
  status: Generated<'in_progress' | 'submitted'>
  total: number
  grade: string
  startedAt: string
  updatedAt: string
  submittedAt: string | null
}

export interface ItemStatesTable {
  evaluationId: number
  itemId: string
  notApplicable: Generated<number>
  note: Generated<string>
}

export interface DeductionsTable {
  id: Generated<number>
  evaluationId: number
  itemId: string
  optionId: string | null
  pointsTenths: number
  reason: Generated<string>
  documentId: number | null
  page: number | null
  /** The evidence rectangle, as fractions of the unrotated page; all four or none. */
  rectX: number | null
  rectY: number | null
  rectW: number | null
  rectH: number | null
  createdAt: string
}

export interface VetoFindingsTable {
  evaluationId: number
  vetoId: string
  reason: Generated<string>
  documentId: number | null
  page: number | null
  createdAt: string
}

export interface ViewStatesTable {
  documentId: number
  page: number
  /** 'fit-width', 'fit-page' or a percentage, as text. */
  zoom: string
  updatedAt: string
}

export interface AuditLogTable {
  id: Generated<number>
  at: string
  actor: string
  action: string
  entity: string
  entityId: string | null
  before: string | null
  after: string | null
  prevHash: string
  hash: string
  /** SHA-256 of the described data after the change (canonical JSON); null on rows older than migration 0006. */
  dataHash: string | null
}

export interface SettingsTable {
  key: string
  value: string
}

export interface CheckDecisionsTable {
  evaluationId: number
  findingKey: string
  decision: 'confirmed' | 'overridden'
  reason: Generated<string>
  deductionId: number | null
  decidedAt: string
}

export interface CalendarOverridesTable {
  date: string
  kind: 'holiday' | 'workday'
  note: Generated<string>
}

export interface TypicalMarksTable {
  id: Generated<number>
  evaluationId: number
  /** A deduction or a veto finding (evaluation + veto id): exactly one of the two. */
  deductionId: number | null
  vetoId: string | null
  kind: 'bad' | 'good'
  note: Generated<string>
  markedBy: string
  markedAt: string
}

/** A scoring change the client named by its own id (a UUID), recorded when it committed. */
export interface ChangeIdsTable {
  id: string
  evaluationId: number
  /** The contract method, and a hash of the change's input without its id: a reused id is told apart. */
  method: string
  inputHash: string
  answeredAt: string
}

export interface BulletinDraftsTable {
  scopeKey: string
  /** JSON: the bulletin's sections as the section edited them. */
  content: string
  updatedBy: string
  updatedAt: string
}

export interface RectificationNoticesTable {
  id: Generated<number>
  campaignId: number
  squadId: number
  /** 文号, e.g. 城管整改〔2023〕3号; '' until given. */
  docNumber: Generated<string>
  issuedOn: string
  /** The last day to reply: issuedOn plus working days on the app's calendar. */
  deadlineOn: string
  /** 责任人 at the squad. */
  responsible: Generated<string>
  requirement: Generated<string>
  /** When the squad's reply came in; null until it has. */
  repliedOn: string | null
  replyNote: Generated<string>
  issuedBy: string
  createdAt: string
}

export interface RectificationProblemsTable {
  id: Generated<number>
  noticeId: number
  position: number
  caseId: number
  evaluationId: number
  kind: 'deduction' | 'veto'
  /** The rubric item (S1.2) or veto (V3), and its title as found. */
  itemId: string
  title: string
  /** Tenths of a point; null for a veto. */
  pointsTenths: number | null
  reason: Generated<string>
  documentId: number | null
  page: number | null
  /** What the squad says it did about this problem. */
  reply: Generated<string>
  verdict: Generated<'pending' | 'rectified' | 'partial' | 'not_rectified'>
  verdictReason: Generated<string>
  verifiedBy: string | null
  verifiedAt: string | null
  /** The 回头看 campaign that checks this problem again, and what it found once closed. */
  followupCampaignId: number | null
  followupResult: 'closed' | 'reopened' | null
}

export interface RectificationFilesTable {
  id: Generated<number>
  noticeId: number
  sha256: string
  fileName: string
  addedAt: string
}

export interface AccountsTable {
  id: Generated<number>
  /** Unique regardless of letter case. */
  login: string
  /** The person who signs in; null only for an administrator who reviews nothing (then `name`). */
  reviewerId: number | null
  name: string | null
  isAdmin: Generated<number>
  /** scrypt, with its parameters and salt: see services/accounts/password.ts. */
  passwordHash: string
  mustChangePassword: Generated<number>
  active: Generated<number>
  failedAttempts: Generated<number>
  lockedUntil: string | null
  createdAt: string
  passwordChangedAt: string
  /** The workspace's data key wrapped by this password: see services/keys/key-slot.ts. */
  keySlot: string | null
}

export interface DB {
  squads: SquadsTable
  officers: OfficersTable
  cases: CasesTable
  caseOfficers: CaseOfficersTable
  files: FilesTable
  documents: DocumentsTable
  pageRotations: PageRotationsTable
  pageTags: PageTagsTable
  viewStates: ViewStatesTable
  rubrics: RubricsTable
  reviewers: ReviewersTable
  campaigns: CampaignsTable
  campaignCases: CampaignCasesTable
  adjudications: AdjudicationsTable
  assignments: AssignmentsTable
  evaluations: EvaluationsTable
  itemStates: ItemStatesTable
  deductions: DeductionsTable
  vetoFindings: VetoFindingsTable
  auditLog: AuditLogTable
  settings: SettingsTable
  checkDecisions: CheckDecisionsTable
  calendarOverrides: CalendarOverridesTable
  typicalMarks: TypicalMarksTable
  bulletinDrafts: BulletinDraftsTable
  changeIds: ChangeIdsTable
  accounts: AccountsTable
  rectificationNotices: RectificationNoticesTable
  rectificationProblems: RectificationProblemsTable
  rectificationFiles: RectificationFilesTable
  avRecords: AvRecordsTable
  avRecordOfficers: AvRecordOfficersTable
  complaints: ComplaintsTable
}
