import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

// An installer must carry the sqlite3 binary of its own platform and architecture: npm builds
// only the host's, so a Windows installer packed on Linux would fail on first open.

export type NativePlatform = 'win32' | 'linux' | 'darwin'
export type NativeArch = 'ia32' | 'x64' | 'armv7l' | 'arm64'

export interface NativeBinary {
  platform: NativePlatform
  arch: NativeArch
  /** Linux only: the newest glibc symbol version the binary needs, e.g. "2.28". */
  glibc: string | null
}

/** The distributions the Linux packages are for (UOS 20, Kylin V10) ship glibc 2.28. */
export const GLIBC_FLOOR = '2.28'

const ELF_MACHINES: Record<number, NativeArch> = { 0x03: 'ia32', 0x3e: 'x64', 0x28: 'armv7l', 0xb7: 'arm64' }
const PE_MACHINES: Record<number, NativeArch> = { 0x014c: 'ia32', 0x8664: 'x64', 0x01c4: 'armv7l', 0xaa64: 'arm64' }
const MACHO_CPUS: Record<number, NativeArch> = { 0x01000007: 'x64', 0x0100000c: 'arm64' }

/** Reads the executable header (ELF, PE or 64-bit Mach-O); null when the bytes are none of them. */
export function readNativeBinary(bytes: Uint8Array): NativeBinary | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length >= 20 && view.getUint32(0) === 0x7f454c46) {
    const arch = ELF_MACHINES[view.getUint16(18, bytes[5] === 1)]
    return arch ? { platform: 'linux', arch, glibc: newestGlibc(bytes) } : null
  }
  if (bytes.length >= 64 && bytes[0] === 0x4d && bytes[1] === 0x5a) {
    const pe = view.getUint32(0x3c, true)
    if (pe + 6 > bytes.length || view.getUint32(pe) !== 0x50450000) return null
    const arch = PE_MACHINES[view.getUint16(pe + 4, true)]
    return arch ? { platform: 'win32', arch, glibc: null } : null
  }
  if (bytes.length >= 8 && view.getUint32(0, true) === 0xfeedfacf) {
    const arch = MACHO_CPUS[view.getUint32(4, true)]
    return arch ? { platform: 'darwin', arch, glibc: null } : null
  }
  return null
}

function newestGlibc(bytes: Uint8Array): string | null {
  const versions = Buffer.from(bytes).toString('latin1').match(/GLIBC_\d+\.\d+(\.\d+)?/g) ?? []
  return versions.map((v) => v.slice('GLIBC_'.length)).sort(compareVersions).at(-1) ?? null
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/** Why `found` cannot run on the target, or null when it can. */
export function mismatch(found: NativeBinary | null, platform: NativePlatform, arch: NativeArch): string | null {
  if (!found) return 'it is not an executable binary (no ELF, PE or Mach-O header)'
  if (found.platform !== platform || found.arch !== arch) return `it is a ${found.platform}-${found.arch} binary, the target is ${platform}-${arch}`
  if (found.glibc && compareVersions(found.glibc, GLIBC_FLOOR) > 0) return `it needs glibc ${found.glibc}, the target distributions have ${GLIBC_FLOOR}`
  return null
}

export const SQLITE_BINARY = join('node_modules', 'sqlite3', 'build', 'Release', 'node_sqlite3.node')

/** Where `npm run native:fetch` leaves a target's prebuilt binary. */
export function fetchedBinaryPath(projectDir: string, platform: NativePlatform, arch: NativeArch): string {
  return join(projectDir, 'build', 'native', `${platform}-${arch}`, 'node_sqlite3.node')
}

function unpackedDir(appOutDir: string, platform: NativePlatform, productFilename: string): string {
  const resources = platform === 'darwin' ? join(appOutDir, `${productFilename}.app`, 'Contents', 'Resources') : join(appOutDir, 'resources')
  return join(resources, 'app.asar.unpacked')
}

export interface PackedApp {
  projectDir: string
  appOutDir: string
  platform: NativePlatform
  arch: NativeArch
  productFilename: string
}

/**
 * Puts the target's fetched binary into the packed app when there is one, then checks the
 * binary the app will load. Throws with what to do when it cannot run on the target.
 */
export function settleSqliteBinary(app: PackedApp): NativeBinary {
  const packed = join(unpackedDir(app.appOutDir, app.platform, app.productFilename), SQLITE_BINARY)
  const fetched = fetchedBinaryPath(app.projectDir, app.platform, app.arch)
  if (existsSync(fetched)) {
    mkdirSync(dirname(packed), { recursive: true })
    copyFileSync(fetched, packed)
  }
  if (!existsSync(packed)) throw new Error(`The packed app has no sqlite3 binary at ${packed}.`)
  const found = readNativeBinary(readFileSync(packed))
  const why = mismatch(found, app.platform, app.arch)
  if (why) {
    throw new Error(
      `The ${app.platform}-${app.arch} package cannot open its database: node_sqlite3.node is wrong, ${why}. ` +
        `Run \`npm run native:fetch -- ${app.platform} ${app.arch}\` on a machine with internet access, then package again.`,
    )
  }
  return found!
}
