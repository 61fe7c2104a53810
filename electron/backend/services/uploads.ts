import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import { dirname, join, relative, resolve, sep } from 'node:path'

/** An upload not consumed within this time is left over from a closed page or a crash. */
export const STALE_UPLOAD_MS = 60 * 60 * 1000

/** Where the bridge writes browser uploads: `<data>/uploads/<random>/<file name>`. */
export function uploadsDir(dataDir: string): string {
  return join(dataDir, 'uploads')
}

/** A fresh folder for one upload, and the path its bytes go to. */
export async function newUploadPath(dataDir: string, fileName: string): Promise<string> {
  const dir = join(uploadsDir(dataDir), randomUUID())
  await mkdir(dir, { recursive: true })
  const safe = fileName.replace(/[\\/\0]/g, '_').slice(-200)
  return join(dir, safe === '' || safe === '.' || safe === '..' ? 'upload' : safe)
}

/** The upload's own folder when `path` is an upload's copy; null for any other file (a desktop pick). */
function uploadFolderOf(dataDir: string, path: string): string | null {
  const rel = relative(uploadsDir(dataDir), resolve(path))
  const parts = rel.split(sep)
  if (parts.length !== 2 || parts.some((p) => !p || p === '..')) return null
  return dirname(resolve(path))
}

/** Whether `path` is a copy the bridge received (a page's answer to a pick may name nothing else). */
export function isUpload(dataDir: string, path: string): boolean {
  return uploadFolderOf(dataDir, path) !== null
}

/** Deletes an upload's copy; a path outside the uploads folder is the user's own file and stays. */
export async function discardUpload(dataDir: string, path: string | undefined): Promise<void> {
  const folder = path ? uploadFolderOf(dataDir, path) : null
  if (folder) await rm(folder, { recursive: true, force: true })
}

/**
 * Runs the call that reads uploaded files and deletes the uploads when it has finished, whether
 * it succeeded or failed. Every handler that reads a path given or picked wraps its work in it.
 */
export async function withUpload<T>(dataDir: string, paths: string | undefined | readonly string[], work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } finally {
    for (const path of [paths].flat()) await discardUpload(dataDir, path).catch((err) => console.warn('[uploads] could not delete', path, err))
  }
}

/** Removes uploads older than `maxAgeMs` (pages closed before their call, or a crash); returns how many. */
export async function sweepUploads(dataDir: string, now: Date, maxAgeMs = STALE_UPLOAD_MS): Promise<number> {
  const root = uploadsDir(dataDir)
  const entries = await readdir(root, { withFileTypes: true }).catch(() => [])
  let removed = 0
  for (const entry of entries) {
    const path = join(root, entry.name)
    const info = await stat(path).catch(() => null)
    if (!info || now.getTime() - info.mtimeMs < maxAgeMs) continue
    await rm(path, { recursive: true, force: true })
    removed++
  }
  return removed
}
