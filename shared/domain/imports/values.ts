import { CASE_SOURCES, CASE_TYPES, DISCRETION_TIERS, ENFORCEMENT_DOMAINS, PARTY_TYPES, PROCEDURES } from '../../contract/cases'
import { ENUM_LABELS } from '../../i18n/enum-labels'
import { MAX_YEAR, MIN_YEAR } from '../../contract/common'
import { COMPLAINT_SOURCES } from '../../contract/complaints'

/** A cell as read from xlsx or CSV: xlsx dates arrive as YYYY-MM-DD, numbers as numbers. */
export type Cell = string | number | null

export type Parsed<T> = { ok: true; value: T } | { ok: false }

const fail = { ok: false } as const
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value })

export function cellText(cell: Cell): string {
  if (cell === null) return ''
  return String(cell).replace(/\u3000/g, ' ').trim()
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const daysInMonth = (y: number, m: number) => (m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31)
const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n))

// Checked by arithmetic, not through Date: a register has tens of thousands of date cells.
function validDate(y: number, m: number, d: number): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return null
  if (d > daysInMonth(y, m)) return null
  return `${y}-${twoDigits(m)}-${twoDigits(d)}`
}

// Excel's day 0 is 1899-12-30 (its 1900 leap-year bug folded in); the year is checked after conversion.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)
const MAX_SERIAL = 109574

/** 2023-01-09, 2023/1/9, 2023.1.9, 2023年1月9日, 20230109, an Excel serial number; time of day dropped. */
export function parseDate(cell: Cell): Parsed<string | null> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > MAX_SERIAL) return fail
    const iso = new Date(EXCEL_EPOCH + Math.floor(cell) * 86_400_000).toISOString().slice(0, 10)
    const year = Number(iso.slice(0, 4))
    return year >= MIN_YEAR && year <= MAX_YEAR ? ok(iso) : fail
  }
  const text = cellText(cell)
  if (text === '') return ok(null)
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text)
  if (!m) m = /^(\d{4})(\d{2})(\d{2})$/.exec(text)
  if (m) {
    const iso = validDate(Number(m[1]), Number(m[2]), Number(m[3]))
    return iso ? ok(iso) : fail
  }
  // A serial number saved as text: five digits are 1927–2173 (four would be a bare year).
  if (/^\d{5}(\.\d+)?$/.test(text)) return parseDate(Number(text))
  return fail
}

/** An amount in yuan as fen: 5000, 5,000, ¥5,000.00, 5000元, 0.5万元, 5千元. */
export function parseAmount(cell: Cell): Parsed<number | null> {
  if (typeof cell === 'number') return Number.isFinite(cell) && cell >= 0 && cell < 1e11 ? ok(Math.round(cell * 100)) : fail
  let text = cellText(cell).replace(/[,，\s]/g, '').replace(/^(人民币|[¥￥])/, '').replace(/(人民币)?元(整)?$/, '')
  if (text === '' || text === '-' || text === '—' || text === '无') return ok(null)
  let factor = 1
  if (text.endsWith('万')) {
    factor = 10_000
    text = text.slice(0, -1)
  } else if (text.endsWith('千')) {
    factor = 1000
    text = text.slice(0, -1)
  }
  if (!/^\d+(\.\d+)?$/.test(text)) return fail
  const fen = Math.round(Number(text) * factor * 100)
  return fen < 1e13 ? ok(fen) : fail
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '有', '重大', '持证', '已持证'])
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '无', '非重大', '一般', '未持证', '不持证'])

/** 是/否, Y/N, 1/0, true/false, √/×; empty is null. */
export function parseYesNo(cell: Cell): Parsed<boolean | null> {
  const text = cellText(cell).toLowerCase()
  if (text === '') return ok(null)
  if (YES.has(text)) return ok(true)
  if (NO.has(text)) return ok(false)
  return fail
}

type EnumKey = 'partyType' | 'procedure' | 'caseType' | 'source' | 'discretionTier' | 'domain' | 'role' | 'complaintSource'

const EXTRA_WORDS: Record<EnumKey, Record<string, string>> = {
  partyType: { 个人: 'individual', 自然人: 'individual', 公民: 'individual', 个体: 'individual', 个体工商户: 'individual', 单位: 'organization', 法人: 'organization', 组织: 'organization', 企业: 'organization', 公司: 'organization', 法人或其他组织: 'organization', 其他组织: 'organization' },
  procedure: { 简易: 'simple', 简易程序: 'simple', 当场处罚: 'simple', 普通: 'ordinary', 普通程序: 'ordinary', 一般程序: 'ordinary', 一般: 'ordinary' },
  caseType: { 处罚: 'penalty', 行政处罚: 'penalty', 强制: 'compulsion', 行政强制: 'compulsion', 查封: 'compulsion', 扣押: 'compulsion', 查封扣押: 'compulsion' },
  source: { 巡查: 'inspection', 巡查发现: 'inspection', 日常巡查: 'inspection', 投诉: 'complaint', 举报: 'complaint', 投诉举报: 'complaint', '12345': 'complaint', 热线: 'complaint', 市民热线: 'complaint', 信访: 'complaint', 移送: 'referral', 交办: 'referral', 移送交办: 'referral', 上级交办: 'referral', 部门移送: 'referral', 其他: 'other' },
  discretionTier: { 不予处罚: 'exempt', 不予: 'exempt', 免罚: 'exempt', 减轻: 'mitigated', 减轻处罚: 'mitigated', 从轻: 'lighter', 从轻处罚: 'lighter', 一般: 'general', 一般处罚: 'general', 从重: 'heavier', 从重处罚: 'heavier' },
  domain: {},
  role: { 组长: 'lead', 负责人: 'lead', 科长: 'lead', 评查员: 'reviewer', 成员: 'reviewer', 组员: 'reviewer' },
  complaintSource: { '12345': 'hotline', '12345热线': 'hotline', 热线: 'hotline', 市民热线: 'hotline', 来电: 'hotline', 信访: 'petition', 来信: 'petition', 来访: 'petition', 网上信访: 'petition', 信访件: 'petition', 其他: 'other', 其它: 'other' },
}

const CODES: Record<EnumKey, readonly string[]> = {
  partyType: PARTY_TYPES,
  procedure: PROCEDURES,
  caseType: CASE_TYPES,
  source: CASE_SOURCES,
  discretionTier: DISCRETION_TIERS,
  domain: ENFORCEMENT_DOMAINS,
  role: ['lead', 'reviewer'],
  complaintSource: COMPLAINT_SOURCES,
}

function enumWords(key: EnumKey): Map<string, string> {
  const words = new Map<string, string>()
  for (const code of CODES[key]) words.set(code.toLowerCase(), code)
  for (const locale of ['zh-CN', 'en'] as const) {
    const labels = (ENUM_LABELS[locale] as Record<string, Record<string, string> | undefined>)[key === 'source' ? 'caseSource' : key]
    for (const [code, label] of Object.entries(labels ?? {})) words.set(label.toLowerCase(), code)
  }
  for (const [word, code] of Object.entries(EXTRA_WORDS[key])) words.set(word.toLowerCase(), code)
  return words
}
const WORDS = Object.fromEntries(Object.keys(CODES).map((k) => [k, enumWords(k as EnumKey)])) as Record<EnumKey, Map<string, string>>

/** A label, a common synonym or the code itself; empty is null. */
export function parseEnum(key: EnumKey, cell: Cell): Parsed<string | null> {
  const text = cellText(cell).toLowerCase().replace(/\s/g, '')
  if (text === '') return ok(null)
  const code = WORDS[key].get(text)
  return code ? ok(code) : fail
}

/**
 * A duration as seconds: 755, 12:35, 0:12:35, 12分35秒, 1小时2分, 12分钟, or Excel's time of day
 * (a fraction of a day). Empty is null.
 */
export function parseDuration(cell: Cell): Parsed<number | null> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0) return fail
    return ok(cell < 1 ? Math.round(cell * 86_400) : Math.round(cell))
  }
  const text = cellText(cell).replace(/\s/g, '')
  if (text === '') return ok(null)
  if (/^\d+$/.test(text)) return ok(Number(text))
  const clock = /^(?:(\d+)[:：])?(\d{1,2})[:：](\d{1,2})$/.exec(text)
  if (clock) return ok(Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]))
  const words = /^(?:(\d+)(?:小时|时))?(?:(\d+)(?:分钟|分))?(?:(\d+)秒)?$/.exec(text)
  if (words && (words[1] ?? words[2] ?? words[3]) !== undefined) return ok(Number(words[1] ?? 0) * 3600 + Number(words[2] ?? 0) * 60 + Number(words[3] ?? 0))
  return fail
}

/** Officers in one cell: 张伟、李娜 / 张伟,李娜 / 张伟/李娜 / 张伟 李娜. */
export function splitNames(cell: Cell): string[] {
  return cellText(cell)
    .split(/[、，,/／;；\s]+/)
    .map((n) => n.trim())
    .filter(Boolean)
}

/** 当事人 without a type: names of companies, shops and bodies are organizations. */
export function guessPartyType(party: string): 'individual' | 'organization' {
  return /(公司|有限|集团|厂|店|中心|合作社|协会|学校|医院|物业|事务所|商行|工作室|餐厅|酒店|超市|单位|委员会)/.test(party) ? 'organization' : 'individual'
}
