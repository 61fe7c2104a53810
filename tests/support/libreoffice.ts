import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Converts a document with headless LibreOffice, as a real client opens it; returns the output bytes. */
export async function convertWithLibreOffice(file: string, to: string): Promise<Buffer> {
  const out = await mkdtemp(join(tmpdir(), 'lo-out-'))
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'))
  try {
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', out, file], { timeout: 120_000 }).catch((err) => {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new Error('LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui libreoffice-writer-nogui')
      }
      throw err
    })
    const ext = to.split(':')[0]
    return await readFile(join(out, basename(file).replace(/\.[^.]+$/, `.${ext}`)))
  } finally {
    await rm(out, { recursive: true, force: true })
    await rm(profile, { recursive: true, force: true })
  }
}
