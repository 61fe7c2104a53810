import { CHINESE_NUMERAL_CHARS, parseNumeral, toChineseNumeral } from './numerals'

/**
 * A statute text as shipped in resources/laws/*.md:
 *
 *   # 中华人民共和国行政处罚法            title
 *   1996年3月17日 … 通过                   enactment history (preamble)
 *   <!-- INFO END -->
 *   ## 第一章 总则                         chapter (### 第一节 … is a section)
 *   第一条 …                               an article; its first line is its first 款 (paragraph)
 *   …                                      every further line is the next 款
 *   （一）…                                 a 项 (item) of the 款 before it
 *
 * Blank lines only separate; a line never continues the one before.
 */

export interface LawParagraph {
  /** The whole 款 as it reads: its own sentence, then its 项 lines with their （一） markers. */
  text: string
  /** The 项 without their markers: items[0] is （一）. */
  items: string[]
}

export interface LawArticle {
  number: number
  /** As written in the text, e.g. 第二十五条. */
  label: string
  chapter?: string
  section?: string
  paragraphs: LawParagraph[]
  /** The article without its label, 款 separated by newlines. */
  text: string
}

export interface ParsedLaw {
  title: string
  /** Lines between the title and the body: enactment and amendment history. */
  preamble: string[]
  articles: LawArticle[]
  /** Irregularities a person should look at (numbering gaps, stray lines); never fatal. */
  warnings: string[]
}

const NUM = `[${CHINESE_NUMERAL_CHARS}0-9０-９]+`
const ARTICLE_LINE = new RegExp(`^(第(${NUM})条)(?:[\\s\\u3000]+(.*))?$`)
const ITEM_LINE = new RegExp(`^[（(](${NUM})[）)][\\s\\u3000]*(.*)$`)
const HEADING = /^(#{1,6})[\s\u3000]+(.+)$/
const SECTION_HEADING = new RegExp(`^第${NUM}节`)
const INFO_END = '<!-- INFO END -->'

function clean(line: string): string {
  return line.replace(/[\s\u3000]+/g, ' ').trim()
}

interface Draft {
  number: number
  label: string
  chapter?: string
  section?: string
  paragraphs: { lines: string[]; items: string[] }[]
}

/** Splits a statute markdown text into articles, 款 and 项. Throws when the text has no `# title`. */
export function parseLaw(text: string): ParsedLaw {
  const lines = text.split(/\r\n|\r|\n/).map(clean)
  const titleIndex = lines.findIndex((l) => HEADING.exec(l)?.[1] === '#')
  const titleLine = lines[titleIndex]
  if (titleLine === undefined) throw new Error('statute text has no "# title" line')
  const title = clean(HEADING.exec(titleLine)?.[2] ?? '')

  // The history block ends at the marker when there is one, else at the first heading or article.
  const markerIndex = lines.indexOf(INFO_END)
  const preamble: string[] = []
  let start = titleIndex + 1
  if (markerIndex > titleIndex) {
    preamble.push(...lines.slice(titleIndex + 1, markerIndex).filter((l) => l !== ''))
    start = markerIndex + 1
  } else {
    for (const line of lines.slice(start)) {
      if (HEADING.test(line) || ARTICLE_LINE.test(line)) break
      if (line !== '') preamble.push(line)
      start++
    }
  }

  const warnings: string[] = []
  const drafts: Draft[] = []
  let chapter: string | undefined
  let section: string | undefined
  let current: Draft | undefined

  for (const [i, line] of lines.entries()) {
    if (i < start || line === '' || /^<!--.*-->$/.test(line)) continue

    // The groups of HEADING, ARTICLE_LINE and ITEM_LINE take part in every match, except the text after an article's number.
    const heading = HEADING.exec(line)
    if (heading) {
      const name = heading[2] ?? ''
      // Sections (节) sit inside chapters; any other heading (附则 without a number too) is a chapter.
      if (SECTION_HEADING.test(name)) section = name
      else {
        chapter = name
        section = undefined
      }
      current = undefined
      continue
    }

    const article = ARTICLE_LINE.exec(line)
    if (article) {
      const [, label = '', numeral = '', body] = article
      const number = parseNumeral(numeral)
      if (number === null) {
        warnings.push(`line ${i + 1}: cannot read the article number of "${label}"`)
        continue
      }
      current = { number, label, chapter, section, paragraphs: [] }
      if (body) current.paragraphs.push({ lines: [body], items: [] })
      drafts.push(current)
      continue
    }

    if (!current) {
      warnings.push(`line ${i + 1}: text outside any article ignored: ${line.slice(0, 30)}`)
      continue
    }

    const item = ITEM_LINE.exec(line)
    if (item) {
      const [, numeral = '', itemText = ''] = item
      let paragraph = current.paragraphs.at(-1)
      if (!paragraph) {
        paragraph = { lines: [], items: [] }
        current.paragraphs.push(paragraph)
      }
      const expected = paragraph.items.length + 1
      if (parseNumeral(numeral) !== expected) {
        warnings.push(`${current.label}: item （${numeral}） where （${toChineseNumeral(expected)}） was expected`)
      }
      paragraph.lines.push(line)
      paragraph.items.push(itemText)
      continue
    }

    current.paragraphs.push({ lines: [line], items: [] })
  }

  drafts.forEach((d, index) => {
    if (d.number !== index + 1) warnings.push(`${d.label} is article ${index + 1} in order: numbering has a gap or repeat`)
  })

  const articles = drafts.map((d): LawArticle => {
    const paragraphs = d.paragraphs.map((p) => ({ text: p.lines.join('\n'), items: p.items }))
    const result: LawArticle = {
      number: d.number,
      label: d.label,
      paragraphs,
      text: paragraphs.map((p) => p.text).join('\n'),
    }
    if (d.chapter !== undefined) result.chapter = d.chapter
    if (d.section !== undefined) result.section = d.section
    return result
  })
  return { title, preamble, articles, warnings }
}
