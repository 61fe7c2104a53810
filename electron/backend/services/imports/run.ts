import type { z } from 'zod'
import { MAX_LISTED, type importOptions, type ImportResult } from '../../../../shared/contract/imports'
import type { Locale } from '../../../../shared/contract/workspace'
import type { EnforcementDomain } from '../../../../shared/domain/imports/domain-guess'
import type { ColumnMapping } from '../../../../shared/domain/imports/fields'
import { joinProblems, sheetPlace } from '../../../../shared/i18n/import-problems'
import type { Database } from '../../db/connection'
import { appendAudit } from '../audit/log'
import type { ServiceContext } from '../context'
import { AppError } from '../errors'
import { readBaseline } from '../settings/discretion-store'
import { actorName, requireLead } from '../auth/actor'
import { Directory } from './directory'
import { previewOf, type Plan } from './plan'
import { planCases } from './plan-cases'
import { planPeople } from './plan-people'
import { checkMapping, missingColumns, Problems } from './rows'
import { getSession, closeSession, type ImportSession } from './sessions'
import { createOfficers, createSquads, rememberMapping, stepper, type WriteContext } from './write'
import { writeCases } from './write-cases'
import { writePeople } from './write-people'
import { planRegister } from './plan-registers'
import { writeRegister } from './write-registers'

export type ImportOptions = z.output<typeof importOptions>

/** Violation names of the discretion baseline in force that carry their domain. */
async function baselineDomains(ctx: ServiceContext): Promise<Map<string, EnforcementDomain>> {
  const table = await readBaseline(ctx.db, ctx.paths.resources)
  const map = new Map<string, EnforcementDomain>()
  for (const e of table.entries) if (e.domain) for (const name of [e.violation, ...e.aliases]) map.set(name, e.domain)
  return map
}

interface Prepared {
  session: ImportSession
  mapping: ColumnMapping
  locale: Locale
  domains: Map<string, EnforcementDomain>
}

async function prepare(ctx: ServiceContext, options: ImportOptions): Promise<Prepared> {
  const session = getSession(options.sessionId)
  const mapping = checkMapping(session.target, options.mapping as ColumnMapping, session.headers)
  const locale = await ctx.locale()
  const domains = session.target === 'cases' ? await baselineDomains(ctx) : new Map()
  return { session, mapping, locale, domains }
}

async function plan(db: Database, p: Prepared, options: ImportOptions): Promise<{ plan: Plan; dir: Directory }> {
  const dir = await Directory.load(db)
  const problems = new Problems(p.locale, p.session.headers, p.mapping)
  missingColumns(p.session.target, p.mapping, problems)
  const target = p.session.target
  const result =
    target === 'cases'
      ? await planCases(db, dir, { session: p.session, mapping: p.mapping, defaultDomain: options.defaultDomain, createMissing: options.createMissing, baselineDomains: p.domains, problems })
      : target === 'avRecords' || target === 'complaints'
        ? await planRegister(db, dir, target, p.session, p.mapping, options.createMissing, problems)
        : await planPeople(db, dir, target, p.session, p.mapping, options.createMissing, problems)
  return { plan: result, dir }
}

export async function previewImport(ctx: ServiceContext, options: ImportOptions) {
  const p = await prepare(ctx, options)
  const { plan: result } = await plan(ctx.db, p, options)
  return previewOf(result, p.locale)
}

/** Officers and reviewers are the lead's to change (as under 机构与人员); the registers are anyone's, like adding a case. */
function assertMayImport(ctx: ServiceContext, session: ImportSession) {
  if (session.target === 'officers' || session.target === 'reviewers') requireLead(ctx)
}

/** Plans again inside the transaction (so nothing changes in between) and writes it all, or nothing. */
export async function commitImport(ctx: ServiceContext, options: ImportOptions): Promise<ImportResult> {
  const p = await prepare(ctx, options)
  const { session } = p
  if (session.running) throw new AppError('conflict', { detail: session.fileName })
  assertMayImport(ctx, session)
  const actor = actorName(ctx)
  session.running = true
  session.cancelled = false
  try {
    const result = await ctx.db.transaction().execute(async (trx) => {
      const { plan: planned, dir } = await plan(trx, p, options)
      const preview = previewOf(planned, p.locale)
      if (preview.counts.errors > 0) {
        const errors = planned.problems.list.filter((x) => x.severity === 'error').sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
        throw new AppError('import_invalid', { fileName: session.fileName, detail: joinProblems(errors.map((x) => sheetPlace(x.row, x.column, p.locale) + x.message), p.locale) })
      }
      const at = ctx.now()
      const w: WriteContext = { trx, at, actor, session, keys: ctx.dataKey, step: stepper(session, planned.rows.length, (done, total) => ctx.progress({ task: 'imports.commit', done, total })) }
      w.step(0)
      const createdSquads = await createSquads(trx, dir, planned.missing.squads)
      const createdOfficers = await createOfficers(trx, dir, planned.missing.officers)
      const target = session.target
      const written =
        target === 'cases'
          ? await writeCases(w, dir, planned)
          : target === 'avRecords' || target === 'complaints'
            ? await writeRegister(w, dir, target, planned)
            : await writePeople(w, dir, target, planned)
      const summary = {
        created: written.created,
        updated: written.updated,
        unchanged: preview.counts.unchanged,
        createdSquads,
        createdOfficers,
        warnings: preview.counts.warnings,
      }
      await rememberMapping(trx, session, p.mapping)
      await appendAudit(trx, at, {
        actor,
        action: `${session.target}.import`,
        entity: 'import',
        entityId: session.fileName,
        after: { ...summary, fileName: session.fileName, encoding: session.encoding, createdKeys: written.createdNumbers, createdSquadNames: planned.missing.squads.slice(0, MAX_LISTED), createdOfficerNames: planned.missing.officers.slice(0, MAX_LISTED) },
      })
      return summary
    })
    session.running = false
    closeSession(session.id)
    return result
  } finally {
    session.running = false
  }
}
