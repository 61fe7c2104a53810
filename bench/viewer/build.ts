import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { REPO_ROOT } from '../../tests/support/paths'

/** Builds the bench pages (our viewer, pdf.js's own, the scan maker) into out/bench-viewer. */
export function buildBenchPages(): Promise<void> {
  return new Promise((resolve, reject) => {
    const vite = join(REPO_ROOT, 'node_modules', '.bin', 'vite')
    const child = spawn(vite, ['build', '--config', join(__dirname, 'vite.config.mts')], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench page build failed (${code})`))))
  })
}
