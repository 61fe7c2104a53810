import { open } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'

/**
 * Overwrites interior pages of a closed SQLite file with random bytes, as a failing disk or a
 * half-copied file would: the header (page 1) stays intact, so SQLite still opens the file.
 */
export async function damagePages(file: string, pages: { from: number; count: number } = { from: 2, count: 24 }): Promise<void> {
  const handle = await open(file, 'r+')
  try {
    const header = Buffer.alloc(100)
    await handle.read(header, 0, 100, 0)
    const raw = header.readUInt16BE(16)
    const pageSize = raw === 1 ? 65536 : raw
    const total = Math.floor((await handle.stat()).size / pageSize)
    const last = Math.min(total, pages.from + pages.count - 1)
    if (last < pages.from) throw new Error(`${file} has only ${total} pages`)
    for (let page = pages.from; page <= last; page++) await handle.write(randomBytes(pageSize), 0, pageSize, (page - 1) * pageSize)
  } finally {
    await handle.close()
  }
}
