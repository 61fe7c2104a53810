import type { BulletinContent, BulletinParagraph, BulletinRankingRow } from '../../contract/bulletin'
import { toChineseNumeral } from '../statutes/numerals'
import { longDate } from '../../format/date'
import { rectificationText } from './rectification'
import { shownParty, shownTypicalText } from './typical'

/**
 * The bulletin as the page lays it out, numbered as GB/T 9704 numbers its levels: 一、 (黑体),
 * （一） (楷体), 1. (仿宋). A paragraph's `lead` is its number and heading, set in the level's font.
 */
export type BulletinBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; lead: string; level: 2 | 3 | null; text: string }
  | { kind: 'ranking'; rows: BulletinRankingRow[] }

export interface ComposedBulletin {
  titleLines: string[]
  addressee: string
  blocks: BulletinBlock[]
  closing: string
  /** 成文日期 as written: 2024年3月28日. */
  date: string
}

const plain = (text: string): BulletinBlock[] => (text.trim() ? [{ kind: 'paragraph', lead: '', level: null, text: text.trim() }] : [])

/** Numbered second-level parts: "（一）heading。text", or the heading alone when there is no text. */
function numbered(paragraphs: readonly BulletinParagraph[], counter: { n: number }): BulletinBlock[] {
  return paragraphs.flatMap((p): BulletinBlock[] => {
    const heading = p.heading.trim()
    const text = p.text.trim()
    if (!heading) return plain(text)
    const lead = `（${toChineseNumeral(++counter.n)}）${heading}${text && !/[。：:]$/u.test(heading) ? '。' : ''}`
    return [{ kind: 'paragraph', lead, level: 2, text }]
  })
}

function overview(c: BulletinContent['overview']): BulletinBlock[] {
  const table: BulletinBlock[] = c.ranking.length ? [{ kind: 'ranking', rows: c.ranking }] : []
  return [...numbered(c.paragraphs, { n: 0 }), ...plain(c.rankingIntro), ...table, ...plain(c.rankingNote)]
}

function problems(c: BulletinContent['problems']): BulletinBlock[] {
  const counter = { n: 0 }
  const blocks = numbered(c.paragraphs, counter)
  if (c.typicalCases.length === 0) return blocks
  blocks.push(...numbered([{ heading: c.typicalHeading.trim() || '典型案例', text: '' }], counter))
  c.typicalCases.forEach((t, i) => {
    const who = `${t.caseNumber}案（${[t.squadName, t.party.trim() ? `当事人${shownParty(t, c.maskParties)}` : ''].filter(Boolean).join('，')}）`
    blocks.push({ kind: 'paragraph', lead: `${i + 1}.`, level: 3, text: `${who}${t.kind === 'good' ? '（示范案例）' : ''}：${shownTypicalText(t, c.maskParties).trim()}` })
  })
  return blocks
}

function rectification(c: BulletinContent['rectification']): BulletinBlock[] {
  const squads: BulletinBlock[] = c.squads.map((r, i) => ({ kind: 'paragraph', lead: `（${toChineseNumeral(i + 1)}）${r.squadName}：`, level: 2, text: rectificationText(r) }))
  return [...plain(c.intro), ...squads, ...plain(c.outro)]
}

/** The bulletin's sections in order, each numbered 一、二、… when it has a heading and something to say. */
export function composeBulletin(content: BulletinContent): ComposedBulletin {
  const sections: [string, BulletinBlock[]][] = [
    [content.overview.heading, overview(content.overview)],
    [content.problems.heading, problems(content.problems)],
    [content.rectification.heading, rectification(content.rectification)],
    [content.nextSteps.heading, numbered(content.nextSteps.paragraphs, { n: 0 })],
  ]
  const blocks: BulletinBlock[] = plain(content.opening)
  let n = 0
  for (const [heading, body] of sections) {
    if (body.length === 0) continue
    if (heading.trim()) blocks.push({ kind: 'heading', text: `${toChineseNumeral(++n)}、${heading.trim()}` })
    blocks.push(...body)
  }
  return {
    titleLines: content.title.split(/\r?\n/).map((l) => l.trim()).filter(Boolean),
    addressee: content.addressee.trim(),
    blocks,
    closing: content.closing.trim(),
    date: longDate(content.issuedOn, 'zh-CN'),
  }
}

/** Each squad's 整改要求 as printed, deadline included: what the meeting's slides show. */
export function rectificationTexts(content: BulletinContent): { squadName: string; text: string }[] {
  return content.rectification.squads.map((r) => ({ squadName: r.squadName, text: rectificationText(r) }))
}
