import type { Locale } from '../contract/workspace'
import type { BaselineIssueParams, DiscretionTable } from '../domain/discretion/baseline'
import { SHEET_COLUMNS, type SheetProblem } from '../domain/discretion/sheet'
import { ENUM_LABELS } from './enum-labels'
import { joinProblems, sheetPlace } from './import-problems'

type Params = Partial<BaselineIssueParams> & Record<string, string | number>

const yuan = (fen: string | number | undefined, locale: Locale) =>
  fen === undefined ? '?' : locale === 'en' ? `¥${Number(fen) / 100}` : `${Number(fen) / 100}元`
const tierName = (tier: string | number | undefined, locale: Locale) =>
  ENUM_LABELS[locale].discretionTier[tier as keyof (typeof ENUM_LABELS)['en']['discretionTier']] ?? String(tier)
/** '（个人）' when the law gives the party its own range, else nothing. */
const partyNote = (party: string | number | undefined, locale: Locale) => {
  if (party === undefined) return ''
  const name = ENUM_LABELS[locale].partyType[party as keyof (typeof ENUM_LABELS)['en']['partyType']] ?? String(party)
  return locale === 'en' ? ` (${name})` : `（${name}）`
}

/** A broken rule of the baseline, in words the lead can act on. */
export function baselineRuleText(p: Params, locale: Locale): string {
  const en = locale === 'en'
  const legal = `${yuan(p.legalMin, locale)}–${yuan(p.legalMax, locale)}`
  switch (p.rule) {
    case 'range_min_max':
      return en ? 'the minimum is above the maximum' : '下限高于上限'
    case 'duplicate_code':
      return en ? `code ${p.code} is used twice` : `代码“${p.code}”重复`
    case 'duplicate_name':
      return en ? `the violation “${p.name}” appears twice` : `违法行为“${p.name}”重复出现`
    case 'legal_basis_uncited':
      return en
        ? 'the legal basis must name the law and the article, e.g. 《上海市市容环境卫生管理条例》第二十五条第二款'
        : '法律依据须写明法规名称和条款，如《上海市市容环境卫生管理条例》第二十五条第二款'
    case 'tier_twice':
      return en ? `the tier “${tierName(p.tier, locale)}” is given twice` : `“${tierName(p.tier, locale)}”档次重复`
    case 'exempt_fine':
      return en ? 'no penalty (不予处罚) means a fine of 0–0' : '不予处罚档次的罚款应为0–0元'
    case 'mitigated_not_below':
      return en
        ? `a mitigated fine must stay below the legal minimum ${yuan(p.legalMin, locale)}${partyNote(p.partyType, locale)}`
        : `减轻处罚的罚款应低于法定下限${yuan(p.legalMin, locale)}${partyNote(p.partyType, locale)}`
    case 'tier_outside_legal':
      return en
        ? `the “${tierName(p.tier, locale)}” tier ${yuan(p.min, locale)}–${yuan(p.max, locale)} is outside the legal range ${legal}${partyNote(p.partyType, locale)}`
        : `“${tierName(p.tier, locale)}”档次${yuan(p.min, locale)}–${yuan(p.max, locale)}超出法定幅度${legal}${partyNote(p.partyType, locale)}`
    case 'tiers_order':
      return en
        ? `the “${tierName(p.tier, locale)}” tier must start at or above the end of “${tierName(p.lower, locale)}”${partyNote(p.partyType, locale)}`
        : `“${tierName(p.tier, locale)}”档次的下限不应低于“${tierName(p.lower, locale)}”档次的上限${partyNote(p.partyType, locale)}`
    default:
      return en ? `invalid value${p.detail ? ` (${p.detail})` : ''}` : `数值无效${p.detail ? `（${p.detail}）` : ''}`
  }
}

function columnName(key: string | null, locale: Locale): string | null {
  const column = SHEET_COLUMNS.find((c) => c.key === key)
  return column ? column[locale === 'en' ? 'en' : 'zh'] : null
}

function problemText(p: SheetProblem, locale: Locale): string {
  const en = locale === 'en'
  switch (p.kind) {
    case 'no_header':
      return en
        ? `no header row found: the first row must name the columns (${SHEET_COLUMNS.filter((c) => c.required).map((c) => c.en).join(', ')})`
        : `找不到表头：第一行应为列名（${SHEET_COLUMNS.filter((c) => c.required).map((c) => c.zh).join('、')}）`
    case 'missing_column':
      return en ? 'this column is missing' : '缺少此列'
    case 'empty_cell':
      return en ? 'empty' : '未填写'
    case 'not_amount':
      return en ? `“${p.params.value}” is not an amount in yuan` : `“${p.params.value}”不是有效金额（单位：元）`
    case 'unknown_tier':
      return en
        ? `unknown tier “${p.params.value}”: use 不予处罚, 减轻处罚, 从轻处罚, 一般处罚 or 从重处罚`
        : `无法识别的裁量阶次“${p.params.value}”，应为不予处罚、减轻处罚、从轻处罚、一般处罚或从重处罚`
    case 'unknown_party':
      return en ? `unknown party type “${p.params.value}”: use 个人 or 单位, or leave it empty for both` : `无法识别的当事人类型“${p.params.value}”，应为个人或单位，两者适用时留空`
    case 'unknown_domain':
      return en
        ? `unknown enforcement domain “${p.params.value}”: use one of ${Object.values(ENUM_LABELS.en.domain).join(', ')}, or leave it empty`
        : `无法识别的执法领域“${p.params.value}”，应为${Object.values(ENUM_LABELS['zh-CN'].domain).join('、')}之一，或留空`
    case 'inconsistent':
      return en ? `differs from row ${p.params.other} of the same code` : `与同一代码的第${p.params.other}行不一致`
    case 'no_rows':
      return en ? 'the sheet has no rows below the header' : '表头下没有数据行'
    case 'rule':
      return baselineRuleText(p.params, locale)
  }
}

/** The import's problems as one message, each with its row and column. */
export function sheetProblemsText(problems: SheetProblem[], locale: Locale): string {
  return joinProblems(
    problems.map((p) => sheetPlace(p.row, columnName(p.column, locale), locale) + problemText(p, locale)),
    locale,
  )
}

const FIELD_NAMES: Record<string, { 'zh-CN': string; en: string }> = {
  code: { 'zh-CN': '违法行为代码', en: 'code' },
  violation: { 'zh-CN': '违法行为', en: 'violation' },
  legalBasis: { 'zh-CN': '法律依据', en: 'legal basis' },
  legalRangeFen: { 'zh-CN': '法定幅度', en: 'legal range' },
  legalRangeFenByParty: { 'zh-CN': '法定幅度', en: 'legal range' },
  tiers: { 'zh-CN': '裁量阶次', en: 'tiers' },
  conditions: { 'zh-CN': '适用情形', en: 'conditions' },
  minFen: { 'zh-CN': '下限', en: 'minimum' },
  maxFen: { 'zh-CN': '上限', en: 'maximum' },
}

/** Where an issue sits in a table being saved: 第3项“占用道路设摊经营”“一般”档 / entry 3 “…”, tier “General”. */
function tablePlace(path: PropertyKey[], table: DiscretionTable, locale: Locale): string {
  const [, ei, field, ti] = path
  if (typeof ei !== 'number') return ''
  const entry = table.entries[ei]
  const band = field === 'tiers' && typeof ti === 'number' ? entry?.tiers[ti] : undefined
  const name = entry?.violation ? `“${entry.violation}”` : ''
  const tier = band ? tierName(band.tier, locale) : null
  if (locale === 'en') return `entry ${ei + 1} ${name}${tier ? `, tier “${tier}”` : ''}: `
  return `第${ei + 1}项${name}${tier ? `“${tier}”档` : ''}：`
}

/** Why a baseline table was refused on save, naming each row. */
export function tableIssuesText(
  issues: { path: PropertyKey[]; message: string; params?: unknown }[],
  table: DiscretionTable,
  locale: Locale,
): string {
  return joinProblems(
    issues.map((issue) => {
      const place = tablePlace(issue.path, table, locale)
      if (issue.params) return place + baselineRuleText(issue.params as Params, locale)
      const field = [...issue.path].reverse().find((k) => typeof k === 'string' && k in FIELD_NAMES)
      const fieldName = field ? (FIELD_NAMES[String(field)]?.[locale] ?? null) : null
      return place + (locale === 'en' ? `${fieldName ?? 'value'} is invalid (${issue.message})` : `${fieldName ?? '数值'}无效（${issue.message}）`)
    }),
    locale,
  )
}

/** The words of the exported baseline workbook and its template. */
export const BASELINE_WORKBOOK_TEXT: Record<Locale, { sheet: string; help: string; fileName: string; template: string; instructions: string[] }> = {
  'zh-CN': {
    sheet: '裁量基准',
    help: '填写说明',
    fileName: '裁量基准',
    template: '裁量基准导入模板',
    instructions: [
      '每行填写一个裁量阶次；同一违法行为的各档次使用相同的“违法行为代码”，并重复填写违法行为、法律依据和法定幅度。',
      '金额单位为元，可填整数或最多两位小数。',
      '裁量阶次填写：不予处罚、减轻处罚、从轻处罚、一般处罚、从重处罚。',
      '法律依据须写明法规名称和条款，如《上海市市容环境卫生管理条例》第二十五条第二款。',
      '当事人类型填“个人”或“单位”，对两者都适用时留空；法律对个人和单位规定了不同幅度的，分行分别填写。',
      '不予处罚的罚款为0–0元；减轻处罚的罚款应低于法定下限；其他档次应在法定幅度内，并按从轻、一般、从重依次递增。',
      '其他名称：该违法行为在案件系统中的其他写法，用“；”分隔（选填）。',
      '执法领域、备注（选填）：属于该违法行为，填在其任一行即可；多行填写时须一致。',
      '导入时整表替换现有裁量基准；任何一行有误都不会导入，并提示行号和列名。',
    ],
  },
  en: {
    sheet: 'Discretion baseline',
    help: 'How to fill in',
    fileName: 'discretion-baseline',
    template: 'discretion-baseline-template',
    instructions: [
      'One row per tier. All tiers of a violation share its violation code and repeat its name, legal basis and legal range.',
      'Amounts are in yuan: whole numbers or at most two decimals.',
      'Tier: 不予处罚 (no penalty), 减轻处罚 (mitigated), 从轻处罚 (lighter), 一般处罚 (general) or 从重处罚 (heavier); the English names work too.',
      'The legal basis names the law and the article, e.g. 《上海市市容环境卫生管理条例》第二十五条第二款.',
      'Party type: 个人 (individual) or 单位 (organization); leave it empty when the row applies to both. Where the law sets different ranges, give each its own rows.',
      'No penalty is 0–0; a mitigated fine stays below the legal minimum; the other tiers stay within the legal range and climb from lighter to general to heavier.',
      'Other names: how the case system also writes the violation, separated by ； (optional).',
      'Enforcement domain and Note (optional) belong to the violation: fill them in on any one of its rows; rows that fill them must agree.',
      'An import replaces the whole baseline; if any row is wrong nothing is imported and the row and column are named.',
    ],
  },
}

/** The note an imported table carries in both languages (the table keeps both). */
export function importedNote(fileName: string): { zh: string; en: string } {
  return { zh: `自“${fileName}”导入`, en: `Imported from “${fileName}”` }
}
