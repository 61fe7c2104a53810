import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT, requireFixtures } from '../support/paths'

const run = promisify(execFile)

describe('PDF inspection as the packaged app runs it', () => {
  it('opens scans without the development-only canvas package', async () => {
    const fixtures = requireFixtures()
    const files = ['rotation.pdf', 'issue5481.pdf', 'REDHAT-1531897-0.pdf'].map((f) => join(fixtures, f))
    const { stdout } = await run(
      process.execPath,
      ['--require', join(REPO_ROOT, 'tests/support/without-canvas.cjs'), '--import', 'tsx', join(REPO_ROOT, 'tests/support/inspect-cli.ts'), ...files],
      { cwd: REPO_ROOT, timeout: 60_000 },
    )
    const results = stdout.trim().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l))
    expect(results).toEqual([
      { file: 'rotation.pdf', pageCount: 2 },
      { file: 'issue5481.pdf', pageCount: 3 },
      expect.objectContaining({ file: 'REDHAT-1531897-0.pdf', code: 'file_broken' }),
    ])
  })
})
