import { z } from 'zod'
import { method, domain } from './define'
import { empty } from './common'

export const lawArticle = z.object({
  number: z.number().int(),
  label: z.string(),
  chapter: z.string().nullable(),
  paragraphs: z.array(z.object({ text: z.string(), items: z.array(z.string()) })),
})

export const resolvedCitation = z.object({
  /** The citation as written in the case. */
  raw: z.string(),
  status: z.enum(['ok', 'law_not_named', 'unknown_law', 'no_such_article', 'no_such_paragraph', 'no_such_item']),
  lawTitle: z.string().nullable(),
  article: lawArticle.nullable(),
  /** The 款 (1-based) the citation points into, to highlight it. */
  paragraph: z.number().int().nullable(),
  item: z.number().int().nullable(),
})
export type ResolvedCitation = z.output<typeof resolvedCitation>

export const statutesContract = domain('statutes', {
  /** The laws shipped with the app: title and article count. */
  list: method(empty, z.array(z.object({ title: z.string(), articleCount: z.number().int() }))),
  /** Finds every citation in a text (a case's legal basis) and opens the article it names. */
  resolve: method(z.object({ text: z.string().max(5000) }), z.array(resolvedCitation)),
  article: method(z.object({ lawTitle: z.string().min(1), number: z.number().int().min(1) }), lawArticle.extend({ lawTitle: z.string() }).nullable()),
})
