import { CASE_DATE_FIELDS } from '../../contract/cases'

/** What a register import can fill: cases, officers, reviewers, A/V records or complaints. */
export const IMPORT_TARGETS = ['cases', 'officers', 'reviewers', 'avRecords', 'complaints'] as const
export type ImportTarget = (typeof IMPORT_TARGETS)[number]

export type FieldKind = 'text' | 'date' | 'amount' | 'yesNo' | 'names' | 'enum' | 'duration'

export interface ImportField {
  key: string
  kind: FieldKind
  /** The file must have a column for it. */
  required?: boolean
  /** Headers that mean this field, as bureaus' systems write them (compared without spaces and brackets). */
  headers: string[]
}

const DATE_HEADERS: Record<(typeof CASE_DATE_FIELDS)[number], string[]> = {
  discoveredOn: ['发现日期', '受案日期', '案发日期', '发现时间', '受理日期', '线索发现日期'],
  filedOn: ['立案日期', '立案时间', '立案审批日期'],
  investigationEndedOn: ['调查终结日期', '调查终结时间', '调查终结'],
  notifiedOn: ['告知日期', '处罚告知日期', '告知时间', '事先告知日期'],
  decidedOn: ['决定日期', '处罚决定日期', '决定时间', '作出决定日期', '处罚日期'],
  servedOn: ['送达日期', '送达时间', '决定书送达日期'],
  executedOn: ['执行日期', '执行完毕日期', '缴款日期', '履行日期'],
  closedOn: ['结案日期', '结案时间', '结案审批日期'],
  archivedOn: ['归档日期', '归档时间'],
}

export const CASE_IMPORT_FIELDS: ImportField[] = [
  { key: 'caseNumber', kind: 'text', required: true, headers: ['案号', '案件编号', '案件号', '文书号', '决定书文号', '处罚决定书文号'] },
  { key: 'party', kind: 'text', required: true, headers: ['当事人', '当事人名称', '当事人姓名', '被处罚人', '当事人姓名名称'] },
  { key: 'partyType', kind: 'enum', headers: ['当事人类型', '当事人性质', '主体类型'] },
  { key: 'violation', kind: 'text', headers: ['案由', '违法行为', '违法事实', '案件名称', '违法行为名称'] },
  { key: 'domain', kind: 'enum', headers: ['执法领域', '领域', '条线', '案件类别', '业务领域'] },
  { key: 'squad', kind: 'text', required: true, headers: ['承办单位', '中队', '承办中队', '办案单位', '执法中队', '所属中队'] },
  { key: 'officers', kind: 'names', headers: ['承办人', '执法人员', '办案人员', '承办人员', '主办人'] },
  { key: 'procedure', kind: 'enum', headers: ['程序类型', '适用程序', '程序'] },
  { key: 'caseType', kind: 'enum', headers: ['案件类型', '行为类型', '执法类型'] },
  { key: 'source', kind: 'enum', headers: ['案件来源', '来源', '线索来源'] },
  { key: 'isMajor', kind: 'yesNo', headers: ['是否重大案件', '重大案件', '是否重大', '重大执法决定'] },
  { key: 'penalty', kind: 'amount', headers: ['罚款金额', '罚款', '罚款金额元', '处罚金额', '罚没金额'] },
  { key: 'legalBasis', kind: 'text', headers: ['法律依据', '处罚依据', '适用法条', '法律条款'] },
  { key: 'discretionTier', kind: 'enum', headers: ['裁量档次', '裁量阶次', '裁量等级', '裁量情节'] },
  ...CASE_DATE_FIELDS.map((key) => ({ key, kind: 'date' as const, headers: DATE_HEADERS[key] })),
  { key: 'legalReviewedOn', kind: 'date', headers: ['法制审核日期', '法制审核时间', '审核日期'] },
  { key: 'legalReviewOpinion', kind: 'text', headers: ['法制审核意见', '审核意见', '法审意见'] },
  { key: 'publishedOn', kind: 'date', headers: ['公示日期', '公开日期', '信息公示日期', '处罚决定公示日期'] },
  { key: 'publishedPlace', kind: 'text', headers: ['公示平台', '公示位置', '公示地点', '公开网站', '公示渠道'] },
]

export const OFFICER_IMPORT_FIELDS: ImportField[] = [
  { key: 'name', kind: 'text', required: true, headers: ['姓名', '执法人员', '人员姓名', '名字'] },
  { key: 'badgeNumber', kind: 'text', required: true, headers: ['执法证号', '执法证件号', '工号', '执法证编号', '警号'] },
  { key: 'squad', kind: 'text', required: true, headers: ['中队', '所属中队', '单位', '所在中队', '部门'] },
  { key: 'certified', kind: 'yesNo', headers: ['是否持证', '持证', '持证情况'] },
  { key: 'certificateNumber', kind: 'text', headers: ['证件编号', '证书编号', '资格证号'] },
  { key: 'certificateExpiresOn', kind: 'date', headers: ['有效期至', '有效期', '证件有效期', '到期日期'] },
]

export const REVIEWER_IMPORT_FIELDS: ImportField[] = [
  { key: 'name', kind: 'text', required: true, headers: ['姓名', '评查员', '人员姓名'] },
  { key: 'role', kind: 'enum', headers: ['角色', '职责', '身份'] },
  { key: 'squad', kind: 'text', headers: ['所属中队', '中队', '单位'] },
]

export const AV_RECORD_IMPORT_FIELDS: ImportField[] = [
  { key: 'recordNumber', kind: 'text', required: true, headers: ['编号', '记录编号', '文件编号', '视频编号', '音视频编号', '文件名', '文件名称'] },
  { key: 'recordedOn', kind: 'date', required: true, headers: ['录制日期', '拍摄日期', '录制时间', '拍摄时间', '采集日期', '日期'] },
  { key: 'squad', kind: 'text', required: true, headers: ['中队', '所属中队', '执法中队', '承办单位', '单位'] },
  { key: 'officers', kind: 'names', headers: ['执法人员', '执法队员', '使用人', '拍摄人', '记录人', '持机人'] },
  { key: 'caseNumber', kind: 'text', headers: ['关联案号', '案号', '案件编号'] },
  { key: 'duration', kind: 'duration', headers: ['时长', '录制时长', '视频时长', '持续时间'] },
  { key: 'storage', kind: 'text', headers: ['存储位置', '存放位置', '存储路径', '文件路径', '存放地点', '存储介质'] },
]

export const COMPLAINT_IMPORT_FIELDS: ImportField[] = [
  { key: 'ticketNumber', kind: 'text', required: true, headers: ['工单号', '工单编号', '信访编号', '投诉编号', '受理编号', '件号', '编号'] },
  { key: 'complaintSource', kind: 'enum', headers: ['来源', '投诉来源', '诉求来源', '渠道', '来源渠道'] },
  { key: 'receivedOn', kind: 'date', required: true, headers: ['受理日期', '来电日期', '登记日期', '投诉日期', '收件日期', '受理时间', '来电时间'] },
  { key: 'subject', kind: 'text', required: true, headers: ['诉求事项', '诉求内容', '投诉内容', '反映问题', '主要内容', '事项', '标题'] },
  { key: 'address', kind: 'text', headers: ['事发地址', '问题地址', '诉求地址', '发生地址', '地址'] },
  { key: 'party', kind: 'text', headers: ['被投诉人', '被投诉对象', '被反映人', '涉及对象', '当事人'] },
  { key: 'squad', kind: 'text', required: true, headers: ['承办中队', '承办单位', '处理单位', '责任单位', '中队'] },
  { key: 'result', kind: 'text', headers: ['处理结果', '办理结果', '处置结果', '办理情况'] },
  { key: 'closedOn', kind: 'date', headers: ['办结日期', '办结时间', '结案日期'] },
  { key: 'repliedOn', kind: 'date', headers: ['答复日期', '回复日期', '反馈日期', '答复时间'] },
]

export const IMPORT_FIELDS: Record<ImportTarget, ImportField[]> = {
  cases: CASE_IMPORT_FIELDS,
  officers: OFFICER_IMPORT_FIELDS,
  reviewers: REVIEWER_IMPORT_FIELDS,
  avRecords: AV_RECORD_IMPORT_FIELDS,
  complaints: COMPLAINT_IMPORT_FIELDS,
}

/** Every field key of every target: the contract's mapping keys. */
export const IMPORT_FIELD_KEYS = [...new Set(Object.values(IMPORT_FIELDS).flatMap((fs) => fs.map((f) => f.key)))]

/** The column (0-based) each field is read from; null or absent: not in the file. */
export type ColumnMapping = Record<string, number | null>

const normalize = (h: string) => h.replace(/[\s（）()【】[\]:：*＊]/g, '').replace(/元$/, '').toLowerCase()

/** The file's header matched to fields: exact names first, then a header that contains one. */
export function guessMapping(target: ImportTarget, headers: string[]): ColumnMapping {
  const fields = IMPORT_FIELDS[target]
  const norm = headers.map((h) => normalize(h))
  const mapping: ColumnMapping = {}
  const taken = new Set<number>()
  const named = fields.map((f) => ({ f, names: f.headers.map(normalize) }))
  const pick = (match: (h: string, name: string) => boolean) => {
    for (const { f, names } of named) {
      if (mapping[f.key] !== undefined) continue
      const col = norm.findIndex((h, i) => !taken.has(i) && h !== '' && names.some((name) => match(h, name)))
      if (col >= 0) {
        mapping[f.key] = col
        taken.add(col)
      }
    }
  }
  pick((h, name) => h === name)
  pick((h, name) => name.length >= 2 && h.includes(name))
  for (const f of fields) mapping[f.key] ??= null
  return mapping
}

/** The last mapping of a kind of file: each field's header text ('' = not imported) and the headers that file had. */
export interface RememberedMapping {
  fields: Record<string, string>
  headers: string[]
}

/**
 * A remembered mapping applied to this file's header, then guesses for the rest. A field the user
 * left out stays out when the header it would be guessed from was in the remembered file too.
 */
export function applyRemembered(target: ImportTarget, headers: string[], remembered: RememberedMapping): ColumnMapping {
  const guessed = guessMapping(target, headers)
  const mapping: ColumnMapping = {}
  const taken = new Set<number>()
  for (const f of IMPORT_FIELDS[target]) {
    const header = remembered.fields[f.key]
    const col = header ? headers.indexOf(header) : -1
    if (col >= 0) {
      mapping[f.key] = col
      taken.add(col)
    }
  }
  for (const f of IMPORT_FIELDS[target]) {
    if (mapping[f.key] !== undefined) continue
    const col = guessed[f.key] ?? null
    const header = col === null ? undefined : headers[col]
    const declined = remembered.fields[f.key] === '' && header !== undefined && remembered.headers.includes(header)
    const kept = col !== null && !taken.has(col) && !declined
    mapping[f.key] = kept ? col : null
    if (kept) taken.add(col)
  }
  return mapping
}

/** Index of the header row among the first rows: the one naming the most known fields. */
export function findHeaderRow(target: ImportTarget, rows: (string | number | null)[][]): number {
  let best = -1
  let bestScore = 0
  for (const [i, row] of rows.slice(0, 10).entries()) {
    const headers = row.map((c) => (c === null ? '' : String(c)))
    const score = Object.values(guessMapping(target, headers)).filter((c) => c !== null).length
    if (score > bestScore) {
      best = i
      bestScore = score
    }
  }
  if (best >= 0) return best
  const firstFilled = rows.findIndex((r) => r.some((c) => c !== null && String(c).trim() !== ''))
  return Math.max(0, firstFilled)
}
