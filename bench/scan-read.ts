import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStoredBytes, sealBytes } from '../electron/backend/services/documents/sealed-file'
import { alternate } from './stats'

const SCAN_BYTES = 60 * 1024 * 1024
const RANGE_BYTES = 64 * 1024
const ROUNDS = 40

/** Reads the ranges a viewer asks for when it opens a scan at a page: the head, the tail, then pages. */
async function readRanges(path: string, key: Buffer, starts: readonly number[]) {
  const stored = await openStoredBytes(path, () => key)
  try {
    for (const start of starts) for await (const part of stored.stream(start, Math.min(stored.size, start + RANGE_BYTES) - 1)) void part
  } finally {
    await stored.close()
  }
}

/**
 * A 60 MB scan (a 300-page file) read by range, sealed (ADR 0012) against the same bytes stored
 * plain, through the same reader: what sealing adds to opening a scan and moving through it.
 * Ranges start anywhere, not on chunk boundaries, as pdf.js's do.
 */
export async function benchScanRead() {
  const dir = await mkdtemp(join(tmpdir(), 'bench-scan-'))
  try {
    const key = randomBytes(32)
    const plain = randomBytes(SCAN_BYTES)
    const plainPath = join(dir, 'plain')
    const sealedPath = join(dir, 'sealed')
    await writeFile(plainPath, plain)
    await writeFile(sealedPath, sealBytes(plain, key))
    const opening = [0, SCAN_BYTES - RANGE_BYTES, 1_000_003, 5_123_457]
    const pages = Array.from({ length: 32 }, (_, i) => Math.floor((i * 1_834_567) % (SCAN_BYTES - RANGE_BYTES)))
    const open = await alternate(ROUNDS, () => readRanges(sealedPath, key, opening), () => readRanges(plainPath, key, opening))
    const skim = await alternate(ROUNDS, () => readRanges(sealedPath, key, pages), () => readRanges(plainPath, key, pages))
    return {
      name: `Reading a sealed 60 MB scan by range, against the same scan stored plain (${ROUNDS} alternating rounds)`,
      open,
      skim,
      ratioOpen: open.subject.median / open.baseline.median,
      ratioSkim: skim.subject.median / skim.baseline.median,
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
