import { findLaw, type LibraryLaw, type StatuteLibrary } from './library'
import { CHINESE_NUMERAL_CHARS, parseNumeral, toChineseNumeral } from './numerals'
import type { LawArticle, LawParagraph } from './parse-law'

/** One article (款, 项) a text cites. */
export interface Citation {
  /** The law's title as written between 《》 (trimmed); null when the text names no law for it. */
  law: string | null
  article: number
  /** 款 */
  paragraph?: number
  /** 项 */
  item?: number
  /** The span of the text this citation was read from (with the 《title》 for the first one after it). */
  raw: string
  start: number
  end: number
}

const SPACE = '[\\s\\u3000]*'
const NUM = `(?:[${CHINESE_NUMERAL_CHARS}]+|[0-9０-９]+)`
const ONE = `(?:[(（]${SPACE}${NUM}${SPACE}[)）]|${NUM})`
// 第（二）、（三）项 and 第一、二款 list several numbers under one unit.
const LIST = `${ONE}(?:${SPACE}[、，,和及与]${SPACE}${ONE})*`

const TITLE = /《([^《》]*)》/y
/** A version note right after a title: 《…》（2021年修订）. */
const VERSION_NOTE = /[\s\u3000]*[（(][^（）()《》第]*[)）]/y
/** 同条例第二十五条 / 本法第九条: the article belongs to the law named last. */
const SAME_LAW = /(?:本|该|同|上述)(?:法律|法规|法|条例|规定|办法|细则|规章)/y
const UNIT = new RegExp(`${SPACE}第${SPACE}(${LIST})${SPACE}(条|款|项)`, 'y')
const ONE_GLOBAL = new RegExp(ONE, 'g')
/** 第二十五条之一 is a different article; this library has none, so such references are skipped. */
const INSERTED_ARTICLE = /之[一二三四五六七八九十]/y
// 至 keeps the chain (第六十七条至第六十九条) but the articles between are not expanded.
const SEPARATOR = /(?:以及|或者|[、，,和及与或至;；\s\u3000])+/y

const RANK = { 条: 0, 款: 1, 项: 2 } as const
type UnitKind = keyof typeof RANK

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at
  return re.exec(text)
}

function readNumbers(list: string): number[] | null {
  const numbers: number[] = []
  for (const m of list.matchAll(ONE_GLOBAL)) {
    const n = parseNumeral(m[0].replace(/[(（)）\s\u3000]/g, ''))
    if (n === null || n < 1) return null
    numbers.push(n)
  }
  return numbers
}

interface Unit {
  kind: UnitKind
  numbers: number[]
}

/** Reads 第X条第Y款第Z项 (each part optional, in that order) at `at`. */
function readGroup(text: string, at: number): { units: Unit[]; first: UnitKind; last: UnitKind; end: number } | null {
  const units: Unit[] = []
  let end = at
  for (;;) {
    const m = matchAt(UNIT, text, end)
    if (!m) break
    // Both of UNIT's groups take part in every match.
    const kind = m[2] as UnitKind
    const previous = units.at(-1)
    if (previous && RANK[kind] <= RANK[previous.kind]) break
    const numbers = readNumbers(m[1] ?? '')
    if (!numbers) return null
    units.push({ kind, numbers })
    end = m.index + m[0].length
  }
  const [first] = units
  const last = units.at(-1)
  return first && last ? { units, first: first.kind, last: last.kind, end } : null
}

/**
 * Every article citation in a text, in order. Handles 《…》第X条第X款第X项, items with or without
 * brackets (第（一）项, 第(一)项, 第一项), Arabic numerals, 项 without 款, several citations under
 * one title (、，和及), 同条例 / 本法, and continuations (第三十三条第一款、第二款).
 */
export function parseCitations(text: string): Citation[] {
  const out: Citation[] = []
  let lastTitle: string | null = null
  // The chain is the run of citations that share a law: it ends at any text that is not a separator.
  let chain = false
  let chainLaw: string | null = null
  let previous: Citation | null = null
  let titleStart: number | null = null

  const breakChain = () => {
    chain = false
    chainLaw = null
    previous = null
    titleStart = null
  }

  let i = 0
  while (i < text.length) {
    const title = matchAt(TITLE, text, i)
    if (title) {
      lastTitle = (title[1] ?? '').trim()
      chain = true
      chainLaw = lastTitle
      previous = null
      titleStart = i
      i = title.index + title[0].length
      const note = matchAt(VERSION_NOTE, text, i)
      if (note) i = note.index + note[0].length
      continue
    }

    const same = matchAt(SAME_LAW, text, i)
    if (same) {
      chain = true
      chainLaw = lastTitle
      previous = null
      titleStart = null
      i = same.index + same[0].length
      continue
    }

    const group = text[i] === '第' || /[\s\u3000]/.test(text.charAt(i)) ? readGroup(text, i) : null
    if (group) {
      const suffix = group.last === '条' && matchAt(INSERTED_ARTICLE, text, group.end)
      const first = group.first
      const base: Citation | null = first === '条' ? null : previous
      if (suffix || (first !== '条' && base === null)) {
        // A 款 or 项 with no article before it (前款第（一）项) cannot be placed.
        breakChain()
        i = suffix ? suffix.index + suffix[0].length : group.end
        continue
      }
      const numbersOf = (kind: UnitKind) => group.units.find((u) => u.kind === kind)?.numbers
      // A group opening with 款 or 项 continues the citation before it (第三十三条第一款、第二款).
      const law = base ? base.law : chain ? chainLaw : null
      const articles = base ? [base.article] : (numbersOf('条') as number[])
      const paragraphs = numbersOf('款') ?? (base && first === '项' ? [base.paragraph] : [undefined])
      const items = numbersOf('项') ?? [undefined]

      const start = titleStart ?? i + (/^[\s\u3000]*/.exec(text.slice(i))?.[0].length ?? 0)
      const raw = text.slice(start, group.end)
      for (const article of articles) {
        for (const paragraph of paragraphs) {
          for (const item of items) {
            const citation: Citation = { law, article, raw, start, end: group.end }
            if (paragraph !== undefined) citation.paragraph = paragraph
            if (item !== undefined) citation.item = item
            out.push(citation)
            previous = citation
          }
        }
      }
      chain = true
      chainLaw = law
      titleStart = null
      i = group.end
      continue
    }

    const separator = matchAt(SEPARATOR, text, i)
    if (separator) {
      // Whitespace between a title and its article keeps the title in the citation's span.
      if (!/^[\s\u3000]+$/.test(separator[0])) titleStart = null
      i = separator.index + separator[0].length
      continue
    }

    breakChain()
    i++
  }
  return out
}

/** A citation written the way decisions write it: 《title》第二十五条第二款第（一）项. */
export function formatCitation(c: Pick<Citation, 'law' | 'article' | 'paragraph' | 'item'>): string {
  const law = c.law === null ? '' : `《${c.law}》`
  const paragraph = c.paragraph === undefined ? '' : `第${toChineseNumeral(c.paragraph)}款`
  const item = c.item === undefined ? '' : `第（${toChineseNumeral(c.item)}）项`
  return `${law}第${toChineseNumeral(c.article)}条${paragraph}${item}`
}

export type CitationResolution =
  | {
      status: 'ok'
      citation: Citation
      law: LibraryLaw
      article: LawArticle
      /** The 款 the item was found in when the citation names a 项 without a 款. */
      paragraph?: number
      paragraphText?: string
      itemText?: string
    }
  /** The citation names no law (a bare 第五条 in running text). */
  | { status: 'law_not_named'; citation: Citation }
  /** The law is not in the library: not necessarily wrong, only not checkable here. */
  | { status: 'unknown_law'; citation: Citation; written: string }
  | { status: 'no_such_article'; citation: Citation; law: LibraryLaw; articleCount: number }
  | { status: 'no_such_paragraph'; citation: Citation; law: LibraryLaw; article: LawArticle; paragraphCount: number }
  | {
      status: 'no_such_item'
      citation: Citation
      law: LibraryLaw
      article: LawArticle
      /** The 款 searched: the cited one, or the first 款 that has items. */
      paragraph?: number
      itemCount: number
    }

export type CitationStatus = CitationResolution['status']

/** Looks a citation up in the library, down to the 款 and 项 it names. */
export function resolveCitation(citation: Citation, library: StatuteLibrary): CitationResolution {
  if (citation.law === null) return { status: 'law_not_named', citation }
  const law = findLaw(library, citation.law)
  if (!law) return { status: 'unknown_law', citation, written: citation.law }

  const article = law.articles.find((a) => a.number === citation.article)
  if (!article) return { status: 'no_such_article', citation, law, articleCount: law.articles.length }

  // Cited numbers start at 1 (readNumbers), so a paragraph found is the one named.
  let paragraphIndex: number | undefined
  let paragraph: LawParagraph | undefined
  if (citation.paragraph !== undefined) {
    paragraphIndex = citation.paragraph - 1
    paragraph = article.paragraphs[paragraphIndex]
    if (!paragraph) return { status: 'no_such_paragraph', citation, law, article, paragraphCount: article.paragraphs.length }
  }

  if (citation.item === undefined) {
    if (!paragraph) return { status: 'ok', citation, law, article }
    return { status: 'ok', citation, law, article, paragraphText: paragraph.text }
  }

  // 第九条第一项 (no 款) means the article's enumerated list: the first 款 that has one.
  if (paragraphIndex === undefined) {
    const withItems = article.paragraphs.findIndex((p) => p.items.length > 0)
    if (withItems >= 0) {
      paragraphIndex = withItems
      paragraph = article.paragraphs[withItems]
    }
  }
  const itemText = paragraph?.items[citation.item - 1]
  if (!paragraph || paragraphIndex === undefined || itemText === undefined) {
    const result: CitationResolution = { status: 'no_such_item', citation, law, article, itemCount: paragraph?.items.length ?? 0 }
    if (paragraphIndex !== undefined) result.paragraph = paragraphIndex + 1
    return result
  }
  return { status: 'ok', citation, law, article, paragraph: paragraphIndex + 1, paragraphText: paragraph.text, itemText }
}
