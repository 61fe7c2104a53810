import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const REPO_ROOT = resolve(__dirname, '..', '..')
export const RESOURCES_DIR = join(REPO_ROOT, 'resources')
/** The team's shared fixtures, beside the project root (CI has them). */
export const FIXTURES_DIR = resolve(REPO_ROOT, '..', 'shared', 'fixtures')
export const REAL_PDFS_DIR = join(FIXTURES_DIR, 'real-pdfs')
export const ARTIFACTS_DIR = join(REPO_ROOT, 'test-artifacts')

export function requireFixtures(): string {
  if (!existsSync(REAL_PDFS_DIR)) {
    throw new Error(`The shared fixtures are missing: expected real PDFs in ${REAL_PDFS_DIR} (the team folder ../shared beside the project).`)
  }
  return REAL_PDFS_DIR
}
