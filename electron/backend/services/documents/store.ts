import { createHash, randomUUID } from 'node:crypto'
import { chmod, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Content-addressed, write-once file store: files/<first two hex>/<sha256>. */
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
export async function stageFile(filesDir: string, sha256: string, bytes: Uint8Array) {
  const target = storedPath(filesDir, sha256)
  await mkdir(filesDir, { recursive: true })
  const temp = join(filesDir, `.incoming-${randomUUID()}`)
  await writeFile(temp, bytes, { flag: 'wx' })
  return {
    commit: async () => {
      // The shard folder only now: a refused file leaves no empty folder behind.
      await mkdir(join(filesDir, sha256.slice(0, 2)), { recursive: true })
      await rename(temp, target)
      await chmod(target, 0o444)
    },
    discard: () => rm(temp, { force: true }),
  }
}
