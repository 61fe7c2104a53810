import { buildCaseFilePages } from './case-file-pages'
import { pageTexts } from './layout/page-model'
import * as vocabulary from './vocabulary'
import { buildDemoWorkspace } from './workspace'

/** Every string inside a value: the vocabulary's constants, a workspace's records. */
export function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, out)
  else if (value && typeof value === 'object') for (const item of Object.values(value)) collectStrings(item, out)
  return out
}

const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('')

/**
 * The characters the demo font must carry: all of the vocabulary, printable ASCII, and (as a
 * belt-and-braces check on stray literals) everything the given seeds actually print.
 */
export function demoCharset(seeds: number[] = [2023]): string {
  const chars = new Set<string>([...PRINTABLE_ASCII])
  const add = (s: string) => {
    for (const ch of s) chars.add(ch)
  }
  collectStrings(vocabulary).forEach(add)
  for (const seed of seeds) {
    const workspace = buildDemoWorkspace(seed)
    collectStrings(workspace).forEach(add)
    for (const c of workspace.cases) for (const page of buildCaseFilePages(c, workspace)) pageTexts(page).forEach(add)
  }
  return [...chars].sort().join('')
}
