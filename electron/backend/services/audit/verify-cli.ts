import { join } from 'node:path'
import { homedir } from 'node:os'
import { openReadOnly } from '../../db/read-only'
import { auditWitness, type AuditWitness } from '../../../../shared/contract/audit'
import { anchorText, auditReportText } from '../../../../shared/i18n/audit-report-text'
import { DATABASE_FILE } from '../data-folder'
import { verifyAudit } from './verify'

const USAGE = 'npm run audit:verify -- [data folder] [--anchor <rows>:<first hex digits of the hash>]'

function witnessOf(arg: string | undefined): AuditWitness {
  const [rows, hash] = (arg ?? '').split(':')
  const parsed = auditWitness.safeParse({ rows: Number(rows), hash: hash?.replace(/\s/g, '').toLowerCase() })
  if (!parsed.success) throw new Error(`--anchor expects <rows>:<at least 8 hex digits>, e.g. 1234:ab12cd34 (${USAGE})`)
  return parsed.data
}

/**
 * `npm run audit:verify [data folder]`: checks the audit log of a closed workspace, read-only: the
 * chain, the anchor beside the database, a written-down anchor if given (`--anchor 1234:ab12cd34`),
 * and each audited record's data. Exit 1 if anything does not match.
 */
async function main() {
  const args = process.argv.slice(2)
  const at = args.indexOf('--anchor')
  const witness = at >= 0 ? witnessOf(args[at + 1]) : undefined
  const rest = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args
  const dataDir = rest[0] ?? process.env.CASE_DESK_DATA ?? join(homedir(), '.case-file-review-desk')
  const reader = await openReadOnly(join(dataDir, DATABASE_FILE))
  try {
    const report = await verifyAudit(reader.db, dataDir, witness)
    const lines = [auditReportText(report, 'zh-CN', witness), auditReportText(report, 'en', witness), anchorText(report.anchor, 'zh-CN')]
    if (report.ok) console.log(lines.join('\n'))
    else {
      console.error(lines.join('\n'))
      process.exitCode = 1
    }
  } finally {
    await reader.close()
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exitCode = 2
})
