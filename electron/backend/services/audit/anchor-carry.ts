import { rename, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ANCHOR_FILE, anchorOfFile, readAnchor, writeAnchor } from './anchor'

/*
 * A backup carries the audit anchor of its database copy. Restoring checks the copy still ends on
 * it and puts it beside the restored database in place of the current one (kept under another
 * name, like the database it belonged to).
 */

/**
 * Whether the copy's log ends on the anchor saved with the backup; the anchor is then copied next
 * to the copy. A backup without one (made before anchors existed) passes. Returns the problem, if any.
 */
export async function takeCarriedAnchor(backupDir: string, copy: string, intoDir: string): Promise<string | null> {
  const carried = await readAnchor(backupDir)
  if (carried.state === 'none') return null
  if (carried.state === 'unreadable') return carried.detail
  const actual = await anchorOfFile(copy, new Date(carried.anchor.at))
  const { rows, lastId, hash } = carried.anchor
  if (!actual || actual.rows !== rows || actual.lastId !== lastId || actual.hash !== hash) {
    return `the audit log of the copy does not end on the anchor saved with it (row ${rows}, id ${lastId})`
  }
  await writeAnchor(intoDir, carried.anchor)
  return null
}

const exists = (path: string) => stat(path).then(() => true, () => false)

/** Before the swap: the current anchor belongs to the database being replaced and is renamed with it. */
export async function setAnchorAside(dataFolder: string, stamp: string): Promise<void> {
  const current = join(dataFolder, ANCHOR_FILE)
  if (await exists(current)) await rename(current, join(dataFolder, `audit-anchor.before-restore ${stamp}.json`))
}

/** After the swap: the restored database's anchor, when its backup carried one. */
export async function putAnchorInPlace(dataFolder: string, preparedDir: string): Promise<void> {
  const carried = join(preparedDir, ANCHOR_FILE)
  if (await exists(carried)) await rename(carried, join(dataFolder, ANCHOR_FILE))
}
