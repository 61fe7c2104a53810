import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { load as loadYaml } from 'js-yaml'
import { afterEach, describe, expect, it } from 'vitest'
import { META_CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy'
import { fetchedBinaryPath, mismatch, readNativeBinary, settleSqliteBinary, SQLITE_BINARY } from '../../scripts/packaging/native-binary'
import { runJob, useWorkerEntry } from '../../electron/backend/services/workers/pool'
import { plainPdf } from '../support/pdf-bytes'

// Electron's zip cannot be downloaded here, so the packaging is checked statically: what the
// config names exists after `npm run build`, and the afterPack hook refuses a foreign binary.

const ROOT = resolve(__dirname, '../..')
const config = loadYaml(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as {
  directories: { buildResources: string }
  files: string[]
  extraResources: { from: string }[]
  asarUnpack: string[]
  afterPack: string
  electronFuses: Record<string, boolean>
  win: { icon: string; target: { arch: string[] }[] }
  linux: { icon: string; target: { arch: string[] }[] }
}
const HOST_BINARY = join(ROOT, SQLITE_BINARY)
// Real Windows executables, shipped with electron-builder's Squirrel tooling.
const WIN_X64 = join(ROOT, 'node_modules/electron-winstaller/vendor/7z-x64.exe')
const WIN_ARM64 = join(ROOT, 'node_modules/electron-winstaller/vendor/7z-arm64.exe')

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file)
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('packaging config', () => {
  it('names files that the build produced', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string }
    expect(config.files).toContain('out/**')
    expect(existsSync(join(ROOT, pkg.main)), `${pkg.main}: run npm run build first`).toBe(true)
    for (const entry of ['out/preload', 'out/renderer/index.html']) expect(existsSync(join(ROOT, entry)), entry).toBe(true)
    for (const { from } of config.extraResources) expect(statSync(join(ROOT, from)).isDirectory()).toBe(true)
    expect(config.asarUnpack).toEqual(['node_modules/sqlite3/**'])
    expect(existsSync(HOST_BINARY)).toBe(true)
    expect(existsSync(join(ROOT, config.afterPack))).toBe(true)
  })

  it('builds the file worker beside the main entry, where electron/main finds it, and it runs the jobs', async () => {
    const entry = join(ROOT, 'out/main/file-worker.js')
    expect(existsSync(entry), 'run npm run build first').toBe(true)
    // Packed into app.asar like the rest of out/ (Electron's worker threads read from it).
    expect(config.asarUnpack.some((glob) => glob.startsWith('out'))).toBe(false)
    useWorkerEntry(entry)
    const dir = mkdtempSync(join(tmpdir(), 'worker-'))
    try {
      const path = join(dir, '扫描件.pdf')
      writeFileSync(path, plainPdf())
      const read = await runJob('file.read', { path, fileName: '扫描件.pdf', limit: 1024 ** 2 })
      expect(read.bytes.length).toBe(statSync(path).size)
      expect(await runJob('file.inspect', { bytes: read.bytes, fileName: '扫描件.pdf' }, { transfer: [read.bytes.buffer] })).toEqual({ mime: 'application/pdf', pageCount: 1 })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('flips the fuses that keep the packed app from running other code', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    })
  })

  it('builds a page that carries its own CSP', () => {
    const html = readFileSync(join(ROOT, 'out/renderer/index.html'), 'utf8')
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)
    expect(meta?.[1]?.replaceAll('&#39;', "'")).toBe(META_CONTENT_SECURITY_POLICY)
  })

  it('has the icons it names, at the sizes the installers need', () => {
    expect(config.directories.buildResources).toBe('build')
    expect(pngSize(join(ROOT, config.linux.icon))).toEqual({ width: 512, height: 512 })
    const ico = readFileSync(join(ROOT, config.win.icon))
    expect(ico.readUInt16LE(2)).toBe(1)
    const widths = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256)
    expect(widths).toEqual(expect.arrayContaining([16, 32, 48, 256]))
  })

  it('builds Linux for x64 and arm64', () => {
    for (const target of config.linux.target) expect(target.arch).toEqual(['x64', 'arm64'])
  })
})

describe('native binary check', () => {
  it('reads the platform and architecture of real binaries', () => {
    expect(readNativeBinary(readFileSync(WIN_X64))).toEqual({ platform: 'win32', arch: 'x64', glibc: null })
    expect(readNativeBinary(readFileSync(WIN_ARM64))).toEqual({ platform: 'win32', arch: 'arm64', glibc: null })
    const host = readNativeBinary(readFileSync(HOST_BINARY))
    expect(host).toMatchObject({ platform: process.platform, arch: process.arch })
    if (process.platform === 'linux') expect(host!.glibc).toMatch(/^2\.\d+$/)
    expect(readNativeBinary(readFileSync(join(ROOT, 'package.json')))).toBeNull()
  })

  it('explains a mismatch and passes a match', () => {
    expect(mismatch({ platform: 'linux', arch: 'x64', glibc: '2.34' }, 'win32', 'x64')).toBe('it is a linux-x64 binary, the target is win32-x64')
    expect(mismatch({ platform: 'linux', arch: 'arm64', glibc: '2.34' }, 'linux', 'arm64')).toBe('it needs glibc 2.34, the target distributions have 2.28')
    expect(mismatch({ platform: 'linux', arch: 'arm64', glibc: '2.17' }, 'linux', 'arm64')).toBeNull()
    expect(mismatch(null, 'win32', 'x64')).toMatch(/not an executable/)
  })
})

describe('afterPack hook', () => {
  const dirs: string[] = []
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

  function packedApp() {
    const dir = mkdtempSync(join(tmpdir(), 'packed-'))
    dirs.push(dir)
    const appOutDir = join(dir, 'win-unpacked')
    const packed = join(appOutDir, 'resources', 'app.asar.unpacked', SQLITE_BINARY)
    mkdirSync(dirname(packed), { recursive: true })
    // What npm built for the host, as electron-builder copies it with npmRebuild off.
    copyFileSync(HOST_BINARY, packed)
    return { projectDir: dir, appOutDir, packed }
  }

  const require = createRequire(import.meta.url)
  const hook = require(join(ROOT, 'scripts/packaging/after-pack.cjs')) as { default: (context: unknown) => Promise<void> }
  const context = (app: ReturnType<typeof packedApp>, arch: number) => ({
    electronPlatformName: 'win32',
    arch,
    appOutDir: app.appOutDir,
    packager: { projectDir: app.projectDir, appInfo: { productFilename: '案卷评查台' } },
  })

  it('fails the Windows package that carries the host binary, saying what to run', async () => {
    const app = packedApp()
    await expect(hook.default(context(app, 1))).rejects.toThrow(/win32-x64 package cannot open its database.*npm run native:fetch -- win32 x64/)
  })

  it('puts the fetched Windows binary in place and accepts it', async () => {
    const app = packedApp()
    const fetched = fetchedBinaryPath(app.projectDir, 'win32', 'x64')
    mkdirSync(dirname(fetched), { recursive: true })
    copyFileSync(WIN_X64, fetched)
    await hook.default(context(app, 1))
    expect(readFileSync(app.packed).equals(readFileSync(WIN_X64))).toBe(true)
    expect(() => settleSqliteBinary({ ...app, platform: 'win32', arch: 'arm64', productFilename: '案卷评查台' })).toThrow(/win32-x64 binary, the target is win32-arm64/)
  })
})
