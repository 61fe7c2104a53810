import type { AuditAnchor, AuditReport, AuditWitness } from '../contract/audit'
import type { Locale } from '../contract/workspace'

/** The anchor file's name in the data folder, as messages name it. */
export const ANCHOR_FILE_NAME = 'audit-anchor.json'

const ENTITY: Record<string, { 'zh-CN': string; en: string }> = {
  evaluation: { 'zh-CN': '评查记录', en: 'evaluation' },
  case: { 'zh-CN': '案件', en: 'case' },
  document: { 'zh-CN': '案卷文件', en: 'document' },
  typical_mark: { 'zh-CN': '典型标记', en: 'typical mark' },
  adjudication: { 'zh-CN': '组长裁定', en: 'adjudication' },
  campaign: { 'zh-CN': '评查活动', en: 'campaign' },
  rubric: { 'zh-CN': '评查标准', en: 'rubric' },
  squad: { 'zh-CN': '中队', en: 'squad' },
  officer: { 'zh-CN': '执法人员', en: 'officer' },
  calendar: { 'zh-CN': '工作日历', en: 'working-day calendar' },
  deadline_config: { 'zh-CN': '期限设置', en: 'time limits' },
  discretion_baseline: { 'zh-CN': '裁量基准', en: 'discretion baseline' },
}

/** The first 16 hex digits in groups of four: enough to write down and compare. */
export function shortHash(hash: string): string {
  return (hash.slice(0, 16).match(/.{1,4}/g) ?? []).join(' ')
}

/** 审计锚点：第 N 条，哈希 ab12 cd34 … */
export function anchorText(anchor: AuditAnchor | null, locale: Locale): string {
  if (!anchor) return locale === 'en' ? 'Audit anchor: none yet (no audited change so far)' : '审计锚点：尚无（还没有审计记录）'
  return locale === 'en'
    ? `Audit anchor: row ${anchor.rows}, hash ${shortHash(anchor.hash)}…`
    : `审计锚点：第 ${anchor.rows} 条，哈希 ${shortHash(anchor.hash)}…`
}

function entityName(report: AuditReport, locale: Locale): string {
  const e = report.entity
  if (!e) return ''
  const kind = ENTITY[e.entity]?.[locale] ?? e.entity
  if (e.entityId === null) return kind
  return locale === 'en' ? `${kind} ${e.entityId}` : `${kind}（编号 ${e.entityId}）`
}

/** What a verification found, in one sentence a person can act on. */
export function auditReportText(report: AuditReport, locale: Locale, witness?: AuditWitness): string {
  const en = locale === 'en'
  const id = report.firstBrokenId
  const a = report.anchor
  switch (report.reason) {
    case null:
      return en
        ? `The audit log is intact: ${report.rows} rows, and ${report.entitiesChecked} records match their last audited state.`
        : `审计日志完整：共 ${report.rows} 条记录，${report.entitiesChecked} 项数据与各自最后一条审计记录一致。`
    case 'hash_mismatch':
      return en ? `Audit row ${id} was altered (its hash does not match).` : `第 ${id} 条审计记录被改动过（哈希不符）。`
    case 'broken_link':
      return en ? `A row before audit row ${id} was deleted or inserted (the chain is broken there).` : `第 ${id} 条审计记录之前有记录被删除或插入（哈希链在此断开）。`
    case 'emptied':
      return en ? `The audit log was emptied: the anchor records ${a?.rows} rows, the log has none.` : `审计日志被清空：锚点记有 ${a?.rows} 条记录，日志中一条也没有。`
    case 'truncated':
      return en
        ? `The newest audit rows were cut off: the anchor records ${a?.rows} rows up to row ${a?.lastId}, the log has ${report.rows}.`
        : `审计日志最新的记录被截去：锚点记到第 ${a?.rows} 条（编号 ${a?.lastId}），日志现只有 ${report.rows} 条。`
    case 'rewritten':
      return en
        ? `The audit log was rewritten: row ${id}, which the anchor records as row ${a?.rows}, no longer has the anchored hash (the chain was recomputed).`
        : `审计日志被重写：锚点所记第 ${a?.rows} 条（编号 ${id}）的哈希已不符，哈希链被重新计算过。`
    case 'anchor_missing':
      return en
        ? `The audit anchor (${ANCHOR_FILE_NAME} beside the database) is missing: it cannot be shown that no newest rows were cut off.`
        : `数据文件夹中的审计锚点文件（${ANCHOR_FILE_NAME}）不存在，无法证明日志最新的记录没有被截去。`
    case 'anchor_unreadable':
      return en ? `The audit anchor (${ANCHOR_FILE_NAME}) is damaged or was altered.` : `审计锚点文件（${ANCHOR_FILE_NAME}）已损坏或被改动。`
    case 'witness_mismatch':
      return en
        ? `The anchor written down (row ${witness?.rows}, hash ${witness?.hash}…) is not in the audit log.`
        : `记下的锚点（第 ${witness?.rows} 条，哈希 ${witness?.hash}…）与审计日志不符。`
    case 'data_changed':
      return en
        ? `The data of ${entityName(report, locale)} is not what audit row ${id} recorded: it was changed outside the app.`
        : `${entityName(report, locale)}的数据与第 ${id} 条审计记录不符：在本程序之外被改动过。`
    case 'data_missing':
      return en
        ? `${entityName(report, locale)} is gone, but audit row ${id} recorded it: it was deleted outside the app.`
        : `${entityName(report, locale)}已不存在，而第 ${id} 条审计记录表明它存在：在本程序之外被删除。`
  }
}
