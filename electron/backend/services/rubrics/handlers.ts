import { writeFile } from 'node:fs/promises'
import type { DomainHandlers } from '../handler-types'
import { loadRubric } from './load'
import { publishRubric } from './publish'
import { AppError, notFound } from '../errors'
import { actorName } from '../auth/actor'
import { rubricSchema } from '../../../../shared/domain/rubric'
import { rubricIssues } from '../../../../shared/domain/rubric-validation'
import { notJsonText, rubricIssuesSummary } from '../../../../shared/i18n/rubric-issues'
import { writeExport } from '../exports/files'

const summary = ['id', 'code', 'version', 'name', 'target', 'publishedAt'] as const

export const rubricsHandlers: DomainHandlers<'rubrics'> = {
  'rubrics.list': async (ctx) => {
    const rows = await ctx.db.selectFrom('rubrics').select(summary).orderBy('code').orderBy('version', 'desc').execute()
    const counts = await ctx.db
      .selectFrom('evaluations')
      .select(['rubricId', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('rubricId')
      .execute()
    const byRubric = new Map(counts.map((c) => [c.rubricId, Number(c.n)]))
    return rows.map((row) => ({ ...row, evaluationCount: byRubric.get(row.id) ?? 0 }))
  },

  'rubrics.get': async (ctx, { id }) => {
    const row = await ctx.db.selectFrom('rubrics').select(summary).where('id', '=', id).executeTakeFirst()
    if (!row) throw notFound('rubric', id)
    return { ...row, body: await loadRubric(ctx.db, id) }
  },

  'rubrics.publish': async (ctx, { body }) => publishRubric(ctx.db, body, actorName(ctx), ctx.now()),

  'rubrics.duplicate': async (ctx, { id, code, name }) => {
    const source = await loadRubric(ctx.db, id)
    const taken = await ctx.db.selectFrom('rubrics').select('id').where('code', '=', code).executeTakeFirst()
    if (taken) throw new AppError('conflict', { detail: code })
    return publishRubric(ctx.db, { ...source, code, name, version: 1 }, actorName(ctx), ctx.now())
  },

  'rubrics.exportJson': async (ctx, { id }) => {
    const rubric = await loadRubric(ctx.db, id)
    return writeExport(ctx, `${rubric.name}-v${rubric.version}`, 'json', (filePath) => writeFile(filePath, JSON.stringify(rubric, null, 2)), { stamped: false })
  },

  'rubrics.importJson': async (ctx, { json }) => {
    const locale = await ctx.locale()
    let data: unknown
    try {
      data = JSON.parse(json)
    } catch (err) {
      throw new AppError('invalid_input', { detail: notJsonText((err as Error).message, locale) })
    }
    const issues = rubricIssues(data)
    if (issues.length > 0) throw new AppError('invalid_input', { detail: rubricIssuesSummary(issues, data, locale) })
    return publishRubric(ctx.db, rubricSchema.parse(data), actorName(ctx), ctx.now())
  },
}
