import { createHash, randomUUID } from 'node:crypto'
import { chmod, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { isSealed, writeSealedFile } from './sealed-file'

/** Stored scans are the owner's alone, and never written twice. */
const STORED_MODE = 0o400
const FOLDER_MODE = 0o700

/**
 * Content-addressed, write-once file store: files/<first two hex>/<sha256 of the plain bytes>,
 * each file sealed with the workspace's data key (sealed-file.ts, ADR 0012).
 */
export function storedPath(filesDir: string, sha256: string): string {
  return join(filesDir, sha256.slice(0, 2), sha256)
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export async function isStored(filesDir: string, sha256: string): Promise<boolean> {
  return stat(storedPath(filesDir, sha256)).then(
    (s) => s.isFile(),
    () => false,
  )
}

/**
 * Writes the bytes under a temporary name; `commit` moves them into place (atomic rename) and
 * `discard` removes them. The caller commits only once the database row is in.
 */
export async function stageFile(filesDir: string, sha256: string, bytes: Uint8Array, dataKey: Buffer) {
  const target = storedPath(filesDir, sha256)
  await mkdir(filesDir, { recursive: true, mode: FOLDER_MODE })
  const temp = join(filesDir, `.incoming-${randomUUID()}`)
  await writeSealedFile(temp, bytes, dataKey).catch(async (err: unknown) => {
    await rm(temp, { force: true })
    throw err
  })
  return {
    commit: async () => {
      // The shard folder only now: a refused file leaves no empty folder behind.
      await mkdir(join(filesDir, sha256.slice(0, 2)), { recursive: true, mode: FOLDER_MODE })
      await rename(temp, target)
      await chmod(target, STORED_MODE)
    },
    discard: () => rm(temp, { force: true }),
  }
}

async function startsSealed(path: string): Promise<boolean> {
  const handle = await open(path, 'r')
  try {
    const head = Buffer.alloc(8)
    const { bytesRead } = await handle.read(head, 0, 8, 0)
    return isSealed(head.subarray(0, bytesRead))
  } finally {
    await handle.close()
  }
}

/**
 * Seals the scans stored in plain before the workspace had a data key (or brought back so by a
 * restore of an older backup), one at a time, each replaced by an atomic rename. A file that cannot
 * be replaced now (open elsewhere on Windows) stays plain and is sealed at a later opening.
 */
export async function sealPlainScans(filesDir: string, dataKey: Buffer): Promise<{ sealed: number; left: number }> {
  let sealed = 0
  let left = 0
  const shards = (await readdir(filesDir).catch(() => [] as string[])).filter((s) => /^[0-9a-f]{2}$/.test(s))
  for (const shard of shards) {
    for (const name of await readdir(join(filesDir, shard)).catch(() => [] as string[])) {
      if (!/^[0-9a-f]{64}$/.test(name)) continue
      const path = join(filesDir, shard, name)
      try {
        if (await startsSealed(path)) continue
        const temp = join(filesDir, `.sealing-${randomUUID()}`)
        try {
          await writeSealedFile(temp, await readFile(path), dataKey)
          await chmod(temp, STORED_MODE)
          // Windows will not rename over a read-only file.
          await chmod(path, 0o600)
          await rename(temp, path)
        } catch (err) {
          await rm(temp, { force: true })
          throw err
        }
        sealed++
      } catch {
        left++
      }
    }
  }
  return { sealed, left }
}
