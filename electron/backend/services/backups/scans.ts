import { randomUUID } from 'node:crypto'
import { chmod, copyFile, mkdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { openReadOnly } from '../../db/read-only'
import { storedPath } from '../documents/store'

/** The scans a database file refers to, read from that file (a backup copy or a restored one). */
export async function scansOf(databaseFile: string): Promise<string[]> {
  const reader = await openReadOnly(databaseFile)
  try {
    return (await reader.db.selectFrom('files').select('sha256').orderBy('sha256').execute()).map((r) => r.sha256)
  } finally {
    await reader.close()
  }
}

const sizeOf = (path: string) => stat(path).then((s) => (s.isFile() ? s.size : null), () => null)

/**
 * Copies scans from one content-addressed store to another where the target lacks them. A stored
 * scan never changes, so one already there (at its full size) is not copied again. Each copy is
 * written under a temporary name and renamed, so an interrupted copy never looks complete.
 */
export async function copyMissingScans(from: string, to: string, shas: readonly string[]): Promise<{ copied: number; missing: number }> {
  let copied = 0
  let missing = 0
  for (const sha of shas) {
    const source = storedPath(from, sha)
    const target = storedPath(to, sha)
    const size = await sizeOf(source)
    if (size === null) {
      if ((await sizeOf(target)) === null) missing++
      continue
    }
    if ((await sizeOf(target)) === size) continue
    await mkdir(join(to, sha.slice(0, 2)), { recursive: true })
    const temp = join(to, `.incoming-${randomUUID()}`)
    try {
      await copyFile(source, temp)
      await rename(temp, target)
      await chmod(target, 0o400)
    } finally {
      await rm(temp, { force: true })
    }
    copied++
  }
  return { copied, missing }
}
