import { candidateLawTitles } from './aliases'
import { parseLaw, type ParsedLaw } from './parse-law'

/** A statute text as the main process reads it from resources/laws. */
export interface StatuteSource {
  fileName: string
  text: string
}

export interface LibraryLaw extends ParsedLaw {
  fileName: string
}

/** Parsed laws keyed by full title. A plain object, so it crosses IPC and JSON unchanged. */
export type StatuteLibrary = Readonly<Record<string, LibraryLaw>>

export interface LibraryProblem {
  fileName: string
  message: string
}

/**
 * Parses every source into one library. A file that cannot be parsed, or repeats a title already
 * taken, is left out and reported; parser warnings are reported too. Never throws: one bad file
 * must not take the statute library down.
 */
export function buildStatuteLibrary(sources: readonly StatuteSource[]): {
  library: StatuteLibrary
  problems: LibraryProblem[]
} {
  const library: Record<string, LibraryLaw> = {}
  const problems: LibraryProblem[] = []
  // Sorted so that which of two duplicates wins does not depend on directory order.
  const sorted = [...sources].sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0))
  for (const { fileName, text } of sorted) {
    let law: ParsedLaw
    try {
      law = parseLaw(text)
    } catch (error) {
      problems.push({ fileName, message: error instanceof Error ? error.message : String(error) })
      continue
    }
    if (law.articles.length === 0) {
      problems.push({ fileName, message: `no articles found in ${law.title}` })
      continue
    }
    const loaded = Object.hasOwn(library, law.title) ? library[law.title] : undefined
    if (loaded) {
      problems.push({ fileName, message: `${law.title} is already loaded from ${loaded.fileName}` })
      continue
    }
    for (const warning of law.warnings) problems.push({ fileName, message: warning })
    library[law.title] = { ...law, fileName }
  }
  return { library, problems }
}

/** The law a written title names (full title, short name or alias), or null when not in the library. */
export function findLaw(library: StatuteLibrary, written: string): LibraryLaw | null {
  for (const title of candidateLawTitles(written)) {
    const law = Object.hasOwn(library, title) ? library[title] : undefined
    if (law) return law
  }
  return null
}
