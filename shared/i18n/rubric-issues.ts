import type { Locale } from '../contract/workspace'
import type { RubricIssue, RubricPath, RubricRule } from '../domain/rubric-validation'

type Values = Record<string, string>
type Template = (v: Values) => string

// One sentence per rule, shared by the rubric editor and the server's import errors.
const RULES: Record<RubricRule, Record<Locale, Template>> = {
  cutoffsOrder: {
    'zh-CN': () => '等级分数线须满足 合格 < 良好 < 优秀 ≤ 总分',
    en: () => 'grade cut-offs must satisfy pass < good < excellent ≤ total',
  },
  sectionsTotal: {
    'zh-CN': (v) => `各评查项目分值合计 ${v.sum} 分，与总分 ${v.total} 分不符`,
    en: (v) => `the sections add up to ${v.sum} points, not the total of ${v.total}`,
  },
  itemsTotal: {
    'zh-CN': (v) => `评查要点分值合计 ${v.sum} 分，与本项目分值 ${v.points} 分不符`,
    en: (v) => `the items add up to ${v.sum} points, not the section's ${v.points}`,
  },
  duplicateId: {
    'zh-CN': (v) => `编号 ${v.id} 重复（否决项、评查项目和评查要点的编号不能相同）`,
    en: (v) => `id ${v.id} is used twice (vetoes, sections and items need distinct ids)`,
  },
  itemNumbering: {
    'zh-CN': (v) => `要点编号 ${v.id} 应以所属项目编号 ${v.section}. 开头`,
    en: (v) => `item id ${v.id} must start with its section's id ${v.section}.`,
  },
  duplicateCategory: {
    'zh-CN': () => '问题类别有重复',
    en: () => 'a problem category is listed twice',
  },
  unknownCategory: {
    'zh-CN': (v) => `问题类别“${v.category}”不在问题类别清单中`,
    en: (v) => `problem category "${v.category}" is not in the list of categories`,
  },
  duplicateOptionId: {
    'zh-CN': (v) => `扣分情形编号 ${v.option} 在要点 ${v.item} 中重复`,
    en: (v) => `deduction id ${v.option} is used twice in item ${v.item}`,
  },
  optionRange: {
    'zh-CN': (v) => `扣分区间须满足 0 < 最低 ≤ 最高 ≤ 要点分值 ${v.max} 分`,
    en: (v) => `the range must satisfy 0 < min ≤ max ≤ the item's ${v.max} points`,
  },
  optionOverMax: {
    'zh-CN': (v) => `每处扣分超过要点分值 ${v.max} 分`,
    en: (v) => `the points per occurrence exceed the item's ${v.max} points`,
  },
  tenths: {
    'zh-CN': () => '分值最小单位为 0.1 分',
    en: () => 'points go in steps of 0.1',
  },
  positive: {
    'zh-CN': () => '分值须大于 0',
    en: () => 'must be more than 0',
  },
  required: {
    'zh-CN': () => '必填',
    en: () => 'required',
  },
  emptyList: {
    'zh-CN': () => '至少需要一项',
    en: () => 'needs at least one entry',
  },
  idFormat: {
    'zh-CN': (v) => `编号格式应如 ${v.example}`,
    en: (v) => `ids look like ${v.example}`,
  },
  codeFormat: {
    'zh-CN': () => '代码只能由小写字母、数字和连字符组成，如 penalty-ordinary',
    en: () => 'codes use lower-case letters, digits and dashes, e.g. penalty-ordinary',
  },
  optionShape: {
    'zh-CN': () => '扣分情形须填写每处扣分，或填写扣分区间（最低、最高），二者取一',
    en: () => 'a deduction has either points per occurrence or a range (min, max), not both',
  },
  unknownAutoCheck: {
    'zh-CN': (v) => `未知的自动核查“${v.value}”`,
    en: (v) => `unknown automatic check "${v.value}"`,
  },
  unknownField: {
    'zh-CN': (v) => `含有评查标准不认识的字段：${v.keys}`,
    en: (v) => `has fields a rubric does not have: ${v.keys}`,
  },
  wrongType: {
    'zh-CN': (v) => (v.expected === 'number' ? '应为数字' : v.expected === 'boolean' ? '应为是或否' : '应为文字'),
    en: (v) => `should be a ${v.expected}`,
  },
  other: {
    'zh-CN': () => '',
    en: () => '',
  },
}

const FIELDS: Record<string, Record<Locale, string>> = {
  code: { 'zh-CN': '代码', en: 'code' },
  name: { 'zh-CN': '名称', en: 'name' },
  nameEn: { 'zh-CN': '英文名称', en: 'English name' },
  version: { 'zh-CN': '版本', en: 'version' },
  totalPoints: { 'zh-CN': '总分', en: 'total points' },
  gradeCutoffs: { 'zh-CN': '等级分数线', en: 'grade cut-offs' },
  excellent: { 'zh-CN': '优秀', en: 'excellent' },
  good: { 'zh-CN': '良好', en: 'good' },
  pass: { 'zh-CN': '合格', en: 'pass' },
  problemCategories: { 'zh-CN': '问题类别', en: 'problem categories' },
  vetoes: { 'zh-CN': '否决项', en: 'vetoes' },
  sections: { 'zh-CN': '评查项目', en: 'sections' },
  items: { 'zh-CN': '评查要点', en: 'items' },
  deductions: { 'zh-CN': '扣分情形', en: 'deductions' },
  id: { 'zh-CN': '编号', en: 'id' },
  title: { 'zh-CN': '内容', en: 'text' },
  titleEn: { 'zh-CN': '英文', en: 'English text' },
  label: { 'zh-CN': '扣分情形', en: 'label' },
  labelEn: { 'zh-CN': '英文', en: 'English label' },
  article: { 'zh-CN': '法律依据', en: 'article' },
  points: { 'zh-CN': '分值', en: 'points' },
  maxPoints: { 'zh-CN': '分值', en: 'points' },
  min: { 'zh-CN': '最低扣分', en: 'minimum' },
  max: { 'zh-CN': '最高扣分', en: 'maximum' },
  category: { 'zh-CN': '问题类别', en: 'problem category' },
  autoCheck: { 'zh-CN': '自动核查', en: 'automatic check' },
  basicElement: { 'zh-CN': '基本要素', en: 'basic element' },
  notApplicableAllowed: { 'zh-CN': '可不适用', en: 'may be not applicable' },
}

// One entry of a list, named by its id: "评查项目 S1", "section S1".
const ENTRIES: Record<string, Record<Locale, string>> = {
  vetoes: { 'zh-CN': '否决项', en: 'veto' },
  sections: { 'zh-CN': '评查项目', en: 'section' },
  items: { 'zh-CN': '评查要点', en: 'item' },
  deductions: { 'zh-CN': '扣分情形', en: 'deduction' },
}

function field(key: string | number, locale: Locale): string {
  return FIELDS[String(key)]?.[locale] ?? String(key)
}

function idOf(node: unknown, fallback: string): string {
  const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined
  return typeof id === 'string' && id.trim() ? id : fallback
}

/** "评查项目 S1 › 评查要点 S1.2 › 扣分情形 late › 分值", read against the rubric for its ids. */
export function rubricLocation(path: RubricPath, data: unknown, locale: Locale): string {
  const parts: string[] = []
  let node: unknown = data
  // An entry's index is read with the list key before it.
  let consumed = -1
  for (const [i, key] of path.entries()) {
    if (i === consumed) continue
    const next = path[i + 1]
    const list = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined
    const entryName = ENTRIES[String(key)]?.[locale]
    if (typeof next === 'number' && Array.isArray(list) && entryName) {
      const entry: unknown = list[next]
      parts.push(`${entryName} ${idOf(entry, `#${next + 1}`)}`)
      node = entry
      consumed = i + 1
      continue
    }
    parts.push(field(key, locale))
    node = list
  }
  return parts.join(' › ')
}

/** What is wrong, without where. */
export function rubricIssueMessage(issue: RubricIssue, locale: Locale): string {
  return RULES[issue.rule][locale](issue.values) || issue.message
}

/** Where and what, as one line: "评查项目 S1 › 分值：评查要点分值合计 11 分，与本项目分值 10 分不符". */
export function rubricIssueText(issue: RubricIssue, data: unknown, locale: Locale): string {
  const where = rubricLocation(issue.path, data, locale)
  const what = rubricIssueMessage(issue, locale)
  if (!where) return what
  return locale === 'en' ? `${where}: ${what}` : `${where}：${what}`
}

/** The first few issues as one paragraph, e.g. for an import that was refused. */
export function rubricIssuesSummary(issues: RubricIssue[], data: unknown, locale: Locale, limit = 5): string {
  const shown = issues.slice(0, limit).map((issue) => rubricIssueText(issue, data, locale))
  const more = issues.length - shown.length
  if (more > 0) shown.push(locale === 'en' ? `and ${more} more` : `另有 ${more} 处问题`)
  return shown.join(locale === 'en' ? '; ' : '；')
}

/** A file that is not a rubric file at all; the parser's (English) reason only in English. */
export function notJsonText(reason: string, locale: Locale): string {
  return locale === 'en' ? `the file is not a rubric file: it cannot be read (${reason})` : '文件不是评查标准文件，内容无法读取。请选择由本软件“导出评查标准文件”得到的文件'
}
