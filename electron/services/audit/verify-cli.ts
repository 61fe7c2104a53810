import { join } from 'node:path'
import { homedir } from 'node:os'
import { openDatabase } from '../../db/connection'
import { DATABASE_FILE } from '../app'
import { verifyAuditChain } from './verify'

// `npm run audit:verify [data folder]`: checks the audit log of a workspace, exit 1 if broken.
async function main() {
  const dataDir = process.argv[2] ?? process.env.CASE_DESK_DATA ?? join(homedir(), '.case-file-review-desk')
  const { db, close } = await openDatabase(join(dataDir, DATABASE_FILE))
  const report = await verifyAuditChain(db)
  await close()
  if (report.ok) {
    console.log(`审计日志完整 · audit log intact: ${report.rows} rows verified`)
  } else {
    console.error(`审计日志在第 ${report.firstBrokenId} 行被改动 · audit log broken at row ${report.firstBrokenId} (${report.reason}); ${report.rows} rows read`)
    process.exitCode = 1
  }
}

void main()
