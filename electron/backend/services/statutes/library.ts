import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildStatuteLibrary, type StatuteLibrary } from '../../../../shared/domain/statutes/library'

let cached: Promise<StatuteLibrary> | null = null

/** The statute texts shipped in resources/laws, parsed once per process (they never change). */
export function statuteLibrary(resourcesDir: string): Promise<StatuteLibrary> {
  cached ??= (async () => {
    const dir = join(resourcesDir, 'laws')
    const names = (await readdir(dir)).filter((n) => n.endsWith('.md'))
    const sources = await Promise.all(names.map(async (fileName) => ({ fileName, text: await readFile(join(dir, fileName), 'utf8') })))
    const { library, problems } = buildStatuteLibrary(sources)
    for (const p of problems) console.warn(`[statutes] ${p.fileName}: ${p.message}`)
    return library
  })()
  return cached
}
