import type { ErrorCode } from '../contract/errors'
import type { Locale } from '../contract/workspace'

type Params = Record<string, string | number>

const NOUNS: Record<string, Record<Locale, string>> = {
  case: { 'zh-CN': '案件', en: 'Case' },
  squad: { 'zh-CN': '中队', en: 'Squad' },
  officer: { 'zh-CN': '执法人员', en: 'Officer' },
  document: { 'zh-CN': '案卷材料', en: 'Document' },
  rubric: { 'zh-CN': '评查标准', en: 'Rubric' },
  campaign: { 'zh-CN': '评查活动', en: 'Campaign' },
  assignment: { 'zh-CN': '评查任务', en: 'Assignment' },
  evaluation: { 'zh-CN': '评查记录', en: 'Evaluation' },
  deduction: { 'zh-CN': '扣分记录', en: 'Deduction' },
  file: { 'zh-CN': '文件', en: 'File' },
  reviewer: { 'zh-CN': '评查员', en: 'Reviewer' },
}

function noun(what: string | number | undefined, locale: Locale): string {
  return NOUNS[String(what)]?.[locale] ?? (locale === 'en' ? 'Record' : '记录')
}
type Template = (p: Params) => string

// What went wrong and what to do, in the reviewer's language.
const MESSAGES: Record<ErrorCode, Record<Locale, Template>> = {
  invalid_input: {
    'zh-CN': (p) => `输入有误：${p.detail ?? ''}`,
    en: (p) => `Invalid input: ${p.detail ?? ''}`,
  },
  unknown_method: {
    'zh-CN': (p) => `未知的操作：${p.method}`,
    en: (p) => `Unknown operation: ${p.method}`,
  },
  not_found: {
    'zh-CN': (p) => `未找到${noun(p.what, 'zh-CN')}（编号 ${p.id ?? '?'}），可能已被删除，请刷新后重试。`,
    en: (p) => `${noun(p.what, 'en')} ${p.id ?? '?'} was not found; it may have been deleted. Refresh and try again.`,
  },
  case_in_campaign: {
    'zh-CN': (p) => `案件 ${p.caseNumber} 已列入评查活动，不能删除。`,
    en: (p) => `Case ${p.caseNumber} is part of an evaluation campaign and cannot be deleted.`,
  },
  conflict: {
    'zh-CN': (p) => `操作冲突：${p.detail ?? ''}`,
    en: (p) => `Conflict: ${p.detail ?? ''}`,
  },
  duplicate_case_number: {
    'zh-CN': (p) => `案号“${p.caseNumber}”已存在，请核对案号或打开已有案件。`,
    en: (p) => `Case number "${p.caseNumber}" already exists. Check the number or open the existing case.`,
  },
  duplicate_file: {
    'zh-CN': (p) => `文件“${p.fileName}”已附在本案件中，无需重复添加。`,
    en: (p) => `"${p.fileName}" is already attached to this case.`,
  },
  file_unreadable: {
    'zh-CN': (p) => `无法读取文件“${p.fileName}”：文件不存在或无权限访问。请确认文件仍在原位置。`,
    en: (p) => `Cannot read "${p.fileName}": it does not exist or access is denied. Check that the file is still there.`,
  },
  file_empty: {
    'zh-CN': (p) => `文件“${p.fileName}”是空文件（0 字节），请重新扫描或导出。`,
    en: (p) => `"${p.fileName}" is empty (0 bytes). Scan or export it again.`,
  },
  file_type_mismatch: {
    'zh-CN': (p) => `文件“${p.fileName}”的扩展名与内容不符（内容为${p.actual}），请确认文件来源。`,
    en: (p) => `"${p.fileName}" is not what its name says (its content is ${p.actual}). Check where it came from.`,
  },
  file_unsupported: {
    'zh-CN': (p) => `不支持的文件类型“${p.fileName}”。请使用 PDF、JPEG、PNG 或 TIFF 格式的扫描件。`,
    en: (p) => `Unsupported file "${p.fileName}". Use scans in PDF, JPEG, PNG or TIFF.`,
  },
  file_encrypted: {
    'zh-CN': (p) => `PDF“${p.fileName}”已加密或设有密码，请先用原程序去除密码后再添加。`,
    en: (p) => `The PDF "${p.fileName}" is encrypted or password-protected. Remove the password first.`,
  },
  file_broken: {
    'zh-CN': (p) => `文件“${p.fileName}”已损坏，无法打开（${p.detail ?? ''}）。请重新扫描或向案件承办单位索取完好的文件。`,
    en: (p) => `"${p.fileName}" is damaged and cannot be opened (${p.detail ?? ''}). Rescan it or ask for an intact copy.`,
  },
  evaluation_locked: {
    'zh-CN': () => `该评查记录已提交锁定，如需修改请联系组长退回。`,
    en: () => `This evaluation has been submitted and is locked. Ask the lead to reopen it.`,
  },
  evaluation_not_submitted: {
    'zh-CN': () => `该评查记录尚未提交，无需退回。`,
    en: () => `This evaluation has not been submitted, so there is nothing to reopen.`,
  },
  lead_only: {
    'zh-CN': (p) => `此操作仅限组长。当前评查员“${p.reviewer ?? '—'}”不是组长，请由组长操作，或在顶栏切换当前评查员。`,
    en: (p) => `Only the lead may do this. The current reviewer "${p.reviewer ?? '—'}" is not a lead: ask the lead, or switch the current reviewer in the top bar.`,
  },
  deduction_exceeds_max: {
    'zh-CN': (p) => `扣分超出该评查要点的分值（最多 ${p.max} 分，已扣 ${p.deducted} 分）。`,
    en: (p) => `The deduction exceeds the item's maximum (${p.max} points, ${p.deducted} already deducted).`,
  },
  import_invalid: {
    'zh-CN': (p) => `“${p.fileName}”未能导入，现有数据没有任何改动。请修改后重新导入：${p.detail ?? ''}`,
    en: (p) => `"${p.fileName}" was not imported and nothing was changed. Fix it and import again: ${p.detail ?? ''}`,
  },
  baseline_invalid: {
    'zh-CN': (p) => `裁量基准未保存，请修改后重试：${p.detail ?? ''}`,
    en: (p) => `The discretion baseline was not saved. Fix it and try again: ${p.detail ?? ''}`,
  },
  desktop_only: {
    'zh-CN': () => `此功能只在桌面程序中可用。`,
    en: () => `This is available in the desktop app only.`,
  },
  unauthorized: {
    'zh-CN': () => `访问令牌无效。`,
    en: () => `Invalid access token.`,
  },
  forbidden_origin: {
    'zh-CN': () => `只接受本机发起的请求。`,
    en: () => `Only requests from this computer are accepted.`,
  },
  internal: {
    'zh-CN': (p) => `程序内部错误：${p.detail ?? ''}。已保存的数据不受影响，请重试；如反复出现请联系管理员。`,
    en: (p) => `Internal error: ${p.detail ?? ''}. Saved data is unaffected; try again, and report it if it repeats.`,
  },
}

export function errorMessage(code: ErrorCode, locale: Locale, params: Params = {}): string {
  return MESSAGES[code][locale](params)
}
