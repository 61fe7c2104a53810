import type { DomainHandlers } from '../handler-types'
import type { LawArticle } from '../../../../shared/domain/statutes/parse-law'
import { parseCitations, resolveCitation } from '../../../../shared/domain/statutes/citation'
import { findLaw } from '../../../../shared/domain/statutes/library'
import { statuteLibrary } from './library'

const articleView = ({ number, label, chapter, paragraphs }: LawArticle) => ({ number, label, chapter: chapter ?? null, paragraphs })

export const statutesHandlers: DomainHandlers<'statutes'> = {
  'statutes.list': async (ctx) =>
    Object.values(await statuteLibrary(ctx.paths.resources)).map((law) => ({ title: law.title, articleCount: law.articles.length })),

  'statutes.resolve': async (ctx, { text }) => {
    const library = await statuteLibrary(ctx.paths.resources)
    return parseCitations(text).map((citation) => {
      const r = resolveCitation(citation, library)
      const law = 'law' in r ? r.law : null
      const article = 'article' in r ? r.article : null
      const paragraph = r.status === 'ok' ? (r.paragraph ?? citation.paragraph ?? null) : (citation.paragraph ?? null)
      return {
        raw: citation.raw,
        status: r.status,
        lawTitle: law?.title ?? citation.law,
        article: article ? articleView(article) : null,
        paragraph,
        item: citation.item ?? null,
      }
    })
  },

  'statutes.article': async (ctx, { lawTitle, number }) => {
    const law = findLaw(await statuteLibrary(ctx.paths.resources), lawTitle)
    const article = law?.articles.find((a) => a.number === number)
    return law && article ? { ...articleView(article), lawTitle: law.title } : null
  },
}
