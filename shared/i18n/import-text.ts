import type { Locale } from '../contract/workspace'
import type { ImportTarget } from '../domain/imports/fields'

/** Names of the fields a register, officer or reviewer import fills, as the mapping step shows them. */
export const IMPORT_FIELD_LABELS: Record<Locale, Record<ImportTarget, Record<string, string>>> = {
  'zh-CN': {
    cases: {
      caseNumber: '案号',
      party: '当事人',
      partyType: '当事人类型',
      violation: '案由（违法行为）',
      domain: '执法领域',
      squad: '承办中队',
      officers: '承办人',
      procedure: '程序类型',
      caseType: '案件类型',
      source: '案件来源',
      isMajor: '是否重大案件',
      penalty: '罚款金额',
      legalBasis: '法律依据',
      discretionTier: '裁量档次',
      discoveredOn: '发现日期',
      filedOn: '立案日期',
      investigationEndedOn: '调查终结日期',
      notifiedOn: '告知日期',
      decidedOn: '决定日期',
      servedOn: '送达日期',
      executedOn: '执行日期',
      closedOn: '结案日期',
      archivedOn: '归档日期',
      legalReviewedOn: '法制审核日期',
      legalReviewOpinion: '法制审核意见',
      publishedOn: '公示日期',
      publishedPlace: '公示平台',
    },
    officers: { name: '姓名', badgeNumber: '执法证号', squad: '中队', certified: '是否持证', certificateNumber: '证件编号', certificateExpiresOn: '有效期至' },
    reviewers: { name: '姓名', role: '角色', squad: '所属中队' },
  },
  en: {
    cases: {
      caseNumber: 'Case number',
      party: 'Party',
      partyType: 'Party type',
      violation: 'Violation',
      domain: 'Enforcement domain',
      squad: 'Squad',
      officers: 'Officers',
      procedure: 'Procedure',
      caseType: 'Case type',
      source: 'Source',
      isMajor: 'Major case',
      penalty: 'Fine',
      legalBasis: 'Legal basis',
      discretionTier: 'Discretion tier',
      discoveredOn: 'Discovered',
      filedOn: 'Filed',
      investigationEndedOn: 'Investigation ended',
      notifiedOn: 'Notified',
      decidedOn: 'Decided',
      servedOn: 'Served',
      executedOn: 'Executed',
      closedOn: 'Closed',
      archivedOn: 'Archived',
      legalReviewedOn: 'Legal review',
      legalReviewOpinion: 'Legal review opinion',
      publishedOn: 'Published',
      publishedPlace: 'Published on (platform)',
    },
    officers: { name: 'Name', badgeNumber: 'Badge number', squad: 'Squad', certified: 'Certified', certificateNumber: 'Certificate number', certificateExpiresOn: 'Valid until' },
    reviewers: { name: 'Name', role: 'Role', squad: 'Squad' },
  },
}

type P = Record<string, string | number>

/** Why a row or a file cannot be imported as it is: each problem, worded for the person fixing the file. */
export const IMPORT_PROBLEM_TEXT = {
  'zh-CN': {
    missing_column: (p: P) => `文件缺少必填列「${p.field}」（可在列对应中指定）`,
    required_empty: () => '必填，不能为空',
    bad_date: (p: P) => `无法识别的日期「${p.value}」，可写作 2023-01-09、2023/1/9、2023.1.9 或 2023年1月9日`,
    bad_amount: (p: P) => `无法识别的金额「${p.value}」，可写作 5000、5,000元 或 0.5万元`,
    bad_yes_no: (p: P) => `无法识别「${p.value}」，应为 是/否`,
    bad_enum: (p: P) => `无法识别「${p.value}」，可填：${p.allowed}`,
    too_long: (p: P) => `过长（最多 ${p.max} 个字）`,
    duplicate_in_file: (p: P) => `「${p.value}」与第${p.other}行重复`,
    unknown_squad: (p: P) => `中队「${p.value}」不存在（可选择自动创建）`,
    unknown_officer: (p: P) => `执法人员「${p.value}」不在${p.squad}中（可选择自动创建）`,
    no_domain: (p: P) => `无法从案由「${p.value}」判断执法领域，请对应「执法领域」列或选择默认领域`,
    badge_taken: (p: P) => `执法证号「${p.value}」已属于${p.other}`,
    out_of_order: (p: P) => `「${p.later}」早于「${p.earlier}」（照常导入，供评查时核对）`,
    empty_file: () => '文件中没有数据行',
  },
  en: {
    missing_column: (p: P) => `the file has no column for “${p.field}”, which is required (choose it in the mapping)`,
    required_empty: () => 'required, must not be empty',
    bad_date: (p: P) => `“${p.value}” is not a date; write e.g. 2023-01-09, 2023/1/9, 2023.1.9 or 2023年1月9日`,
    bad_amount: (p: P) => `“${p.value}” is not an amount; write e.g. 5000, 5,000元 or 0.5万元`,
    bad_yes_no: (p: P) => `“${p.value}” is not yes or no (是/否)`,
    bad_enum: (p: P) => `“${p.value}” is not recognised; use one of: ${p.allowed}`,
    too_long: (p: P) => `too long (at most ${p.max} characters)`,
    duplicate_in_file: (p: P) => `“${p.value}” repeats row ${p.other}`,
    unknown_squad: (p: P) => `there is no squad “${p.value}” (it can be created by the import)`,
    unknown_officer: (p: P) => `officer “${p.value}” is not in ${p.squad} (can be created by the import)`,
    no_domain: (p: P) => `the enforcement domain cannot be told from “${p.value}”: map a domain column or choose a default domain`,
    badge_taken: (p: P) => `badge number “${p.value}” belongs to ${p.other}`,
    out_of_order: (p: P) => `“${p.later}” is before “${p.earlier}” (imported as it is, for the reviewer to check)`,
    empty_file: () => 'the file has no data rows',
  },
} satisfies Record<Locale, Record<string, (p: P) => string>>

export type ImportProblemKind = keyof (typeof IMPORT_PROBLEM_TEXT)['zh-CN']

/** The limits of a file to import, and a file outside them. */
export const TABLE_LIMIT_TEXT = {
  'zh-CN': {
    notFile: '不是普通文件',
    tooLarge: (p: P) => `文件过大（${p.size} MB），上限为 ${p.max} MB；请拆分后分批导入`,
    tooManyRows: (p: P) => `行数超过上限 ${p.max} 行；请拆分后分批导入`,
    tooManyColumns: (p: P) => `列数超过上限 ${p.max} 列`,
    badEncoding: '文本编码无法识别：请将 CSV 另存为 UTF-8 或 GBK（GB18030）编码',
    tooSlow: (p: P) => `读取超过 ${p.seconds} 秒仍未完成，已停止；请在 Excel / WPS 中删除多余的行、列和格式后另存，或拆分后分批导入`,
    tooMuchMemory: (p: P) => `读取需要的内存超过 ${p.limit}，已停止；请删除多余的行、列和格式后另存，或拆分后分批导入`,
  },
  en: {
    notFile: 'not a regular file',
    tooLarge: (p: P) => `the file is too large (${p.size} MB); the limit is ${p.max} MB: split it and import the parts`,
    tooManyRows: (p: P) => `more than ${p.max} rows: split the file and import the parts`,
    tooManyColumns: (p: P) => `more than ${p.max} columns`,
    badEncoding: 'the text encoding is not recognised: save the CSV as UTF-8 or GBK (GB18030)',
    tooSlow: (p: P) => `reading it took over ${p.seconds} seconds and was stopped: remove unused rows, columns and formatting in Excel or WPS and save it again, or split it and import the parts`,
    tooMuchMemory: (p: P) => `reading it needed over ${p.limit} of memory and was stopped: remove unused rows, columns and formatting and save it again, or split it and import the parts`,
  },
}
