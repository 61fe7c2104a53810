import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fetchedBinaryPath, mismatch, readNativeBinary, type NativeArch, type NativePlatform } from './native-binary'

// npm run native:fetch -- <platform> <arch>: downloads sqlite3's N-API prebuild for a packaging
// target (from the project's GitHub releases, through prebuild-install) into build/native/.

const PLATFORMS: readonly NativePlatform[] = ['win32', 'linux', 'darwin']
const ARCHES: readonly NativeArch[] = ['ia32', 'x64', 'armv7l', 'arm64']

const [platform, arch] = process.argv.slice(2) as [NativePlatform, NativeArch]
if (!PLATFORMS.includes(platform) || !ARCHES.includes(arch)) {
  console.error(`usage: npm run native:fetch -- <${PLATFORMS.join('|')}> <${ARCHES.join('|')}>`)
  process.exit(2)
}

const project = resolve(__dirname, '..', '..')
const sqlite = JSON.parse(readFileSync(join(project, 'node_modules', 'sqlite3', 'package.json'), 'utf8'))
const work = mkdtempSync(join(tmpdir(), 'sqlite3-prebuild-'))
try {
  // prebuild-install reads the package's name, version and repository from its working folder.
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: sqlite.name, version: sqlite.version, repository: sqlite.repository, binary: sqlite.binary }))
  const bin = join(project, 'node_modules', 'prebuild-install', 'bin.js')
  execFileSync(process.execPath, [bin, '--runtime', 'napi', '--target', '6', '--platform', platform, '--arch', arch, '--verbose'], { cwd: work, stdio: 'inherit' })
  const downloaded = join(work, 'build', 'Release', 'node_sqlite3.node')
  const why = mismatch(readNativeBinary(readFileSync(downloaded)), platform, arch)
  if (why) throw new Error(`the downloaded binary is wrong: ${why}`)
  const target = fetchedBinaryPath(project, platform, arch)
  mkdirSync(dirname(target), { recursive: true })
  copyFileSync(downloaded, target)
  console.log(`sqlite3 ${sqlite.version} for ${platform}-${arch}: ${target}`)
} catch (err) {
  console.error(`Could not fetch the sqlite3 binary for ${platform}-${arch}: ${(err as Error).message}`)
  process.exitCode = 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
