import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ServiceContext } from '../services/context'
import { AppError } from '../services/errors'
import { appendAudit } from '../services/audit/log'
import { sha256Of, stageFile, isStored } from '../services/documents/store'
import { writeSetting } from '../services/workspace/preferences'
import { createDemoCampaigns } from './campaigns'
import { DEMO_PASSWORD, DEMO_REVIEWERS } from './record-vocabulary'
import { newCredential } from '../services/accounts/password'
import { dataKeyForNewPassword } from '../services/keys/account-keys'
import { searchTokens, sealText } from '../services/keys/sealed-text'
import { wrapDataKey } from '../services/keys/key-slot'
import { hasAccounts } from '../services/accounts/queries'
import { SYSTEM_ACTOR } from '../services/auth/actor'
import type { DemoCase } from './types'
import type { DemoAvRecord, DemoComplaint } from './registers'
import type { Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { avRecordRow, writeAvOfficers } from '../services/av-records/records'
import { complaintRow } from '../services/complaints/records'
import { holdDataKey } from '../services/keys/data-key'

const DEMO_SEED = 2023

/** The A/V and complaint registers, their squads and officers by the demo's keys; a complaint's address and party sealed as the service seals them. */
async function insertRegisters(
  trx: Transaction<DB>,
  registers: { avRecords: DemoAvRecord[]; complaints: DemoComplaint[] },
  { squadIds, officerIds, dataKey, now }: { squadIds: Map<string, number>; officerIds: Map<string, number>; dataKey: Buffer; now: string },
) {
  for (const { squadKey, officerKeys, ...r } of registers.avRecords) {
    const officers = officerKeys.map((k) => officerIds.get(k)!)
    const { id } = await trx.insertInto('avRecords').values({ ...avRecordRow({ ...r, squadId: squadIds.get(squadKey)!, officerIds: officers }, now), createdAt: now }).returning('id').executeTakeFirstOrThrow()
    await writeAvOfficers(trx, id, officers)
  }
  const keys = holdDataKey()
  keys.set(dataKey)
  for (const { squadKey, ...c } of registers.complaints) {
    await trx.insertInto('complaints').values({ ...complaintRow({ ...c, squadId: squadIds.get(squadKey)! }, now, keys), createdAt: now }).execute()
  }
}

/** Page ranges of the file's sections, merging neighbours of one type (e.g. photos over several pages). */
function pageTagsOf(documentId: number, sections: { docType: string; pages: number }[]) {
  const tags: { documentId: number; firstPage: number; lastPage: number; docType: string }[] = []
  let page = 1
  for (const s of sections) {
    const last = tags.at(-1)
    if (last && last.docType === s.docType) last.lastPage += s.pages
    else tags.push({ documentId, firstPage: page, lastPage: page + s.pages - 1, docType: s.docType })
    page += s.pages
  }
  return tags
}

async function demoFont(resourcesDir: string): Promise<Uint8Array> {
  const dir = join(resourcesDir, 'fonts')
  const font = (await readdir(dir)).find((n) => /\.(otf|ttf)$/i.test(n))
  if (!font) throw new Error(`no font in ${dir}`)
  return readFile(join(dir, font))
}

/**
 * Loads the deterministic demo workspace into an empty database: the district's squads and
 * officers, ~120 cases with generated scanned files, three reviewers and two campaigns drawn by the sampling service.
 * Files are staged first and committed with the rows, so a failure leaves nothing behind.
 */
export async function loadDemoWorkspace(ctx: ServiceContext) {
  const existing = await ctx.db.selectFrom('cases').select('id').limit(1).executeTakeFirst()
  if (existing || (await hasAccounts(ctx.db))) throw new AppError('conflict', { detail: 'workspace not empty' })
  // Hashed before the transaction: scrypt is slow on purpose.
  // The demo's first accounts make the workspace's data key, which seals its scans.
  const dataKey = await dataKeyForNewPassword(ctx, ctx.db)
  const people = await Promise.all(
    DEMO_REVIEWERS.map(async (r) => {
      const { passwordHash, wrappingKey } = await newCredential(DEMO_PASSWORD)
      return { ...r, passwordHash, keySlot: wrapDataKey(dataKey, wrappingKey) }
    }),
  )
  // Loaded on demand: the generator and its PDF library are not needed for everyday work.
  const [{ buildDemoWorkspace }, { renderCaseFilePdf }, { buildDemoRegisters }] = await Promise.all([import('./workspace'), import('./case-file-pdf'), import('./registers')])
  const ws = buildDemoWorkspace(DEMO_SEED)
  const font = await demoFont(ctx.paths.resources)
  const now = ctx.now().toISOString()

  const files: { c: DemoCase; sha256: string; bytes: number; pages: number }[] = []
  const staged: Awaited<ReturnType<typeof stageFile>>[] = []
  try {
    for (const [i, c] of ws.cases.entries()) {
      const pdf = await renderCaseFilePdf(c, ws, font)
      const sha256 = sha256Of(pdf)
      if (!(await isStored(ctx.paths.files, sha256))) staged.push(await stageFile(ctx.paths.files, sha256, pdf, dataKey))
      files.push({ c, sha256, bytes: pdf.length, pages: c.documents.reduce((n, d) => n + d.pages, 0) })
      ctx.progress({ task: 'workspace.loadDemo', done: i + 1, total: ws.cases.length })
    }
    const rubric = await ctx.db.selectFrom('rubrics').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow()

    await ctx.db.transaction().execute(async (trx) => {
      const squadIds = new Map<string, number>()
      for (const [i, s] of ws.squads.entries()) {
        const { id } = await trx.insertInto('squads').values({ name: s.name, kind: s.kind, sortOrder: i }).returning('id').executeTakeFirstOrThrow()
        squadIds.set(s.key, id)
      }
      const officerIds = new Map<string, number>()
      for (const o of ws.officers) {
        const { id } = await trx
          .insertInto('officers')
          .values({ name: o.name, badgeNumber: o.badgeNumber, squadId: squadIds.get(o.squadKey)!, certified: o.certified ? 1 : 0 })
          .returning('id')
          .executeTakeFirstOrThrow()
        officerIds.set(o.key, id)
      }
      const caseIds: number[] = []
      const defectiveCaseIds: number[] = []
      for (const { c, ...f } of files) {
        const { squadKey, officerKeys, defects: _d, documents: _docs, details: _det, isMajor, ...fields } = c
        const { id } = await trx
          .insertInto('cases')
          .values({ ...fields, party: sealText(dataKey, fields.party), partyTokens: searchTokens(dataKey, fields.party), source: fields.source ?? '', isMajor: isMajor ? 1 : 0, squadId: squadIds.get(squadKey)!, createdAt: now, updatedAt: now })
          .returning('id')
          .executeTakeFirstOrThrow()
        caseIds.push(id)
        if (c.defects.length > 0) defectiveCaseIds.push(id)
        if (officerKeys.length) {
          await trx
            .insertInto('caseOfficers')
            .values(officerKeys.map((k, position) => ({ caseId: id, officerId: officerIds.get(k)!, position })))
            .execute()
        }
        await trx
          .insertInto('files')
          .values({ sha256: f.sha256, mime: 'application/pdf', byteSize: f.bytes, pageCount: f.pages, createdAt: now })
          .onConflict((oc) => oc.column('sha256').doNothing())
          .execute()
        const document = await trx
          .insertInto('documents')
          .values({ caseId: id, sha256: f.sha256, fileName: `${c.caseNumber}.pdf`, addedAt: now })
          .returning('id')
          .executeTakeFirstOrThrow()
        // The generated file's 卷内目录 is known: tag it, as a reviewer would have.
        await trx.insertInto('pageTags').values(pageTagsOf(document.id, c.documents)).execute()
      }

      await insertRegisters(trx, buildDemoRegisters(ws, DEMO_SEED), { squadIds, officerIds, dataKey, now })

      const reviewerIds: number[] = []
      for (const { name, role, passwordHash, keySlot } of people) {
        const { id } = await trx.insertInto('reviewers').values({ name, role }).returning('id').executeTakeFirstOrThrow()
        reviewerIds.push(id)
        // Everyone signs in with the demo's one password; the lead also administers.
        await trx.insertInto('accounts').values({ login: name, reviewerId: id, isAdmin: role === 'lead' ? 1 : 0, passwordHash, keySlot, createdAt: now, passwordChangedAt: now }).execute()
      }
      // DEMO_REVIEWERS is a fixed list, lead first.
      const [leadId] = reviewerIds
      if (leadId === undefined) throw new Error('the demo has no reviewers')
      await createDemoCampaigns(trx, { rubricId: rubric.id, leadId, reviewerIds, defectiveCaseIds, now })

      await writeSetting(trx, 'setupDone', 'demo')
      await appendAudit(trx, ctx.now(), { actor: SYSTEM_ACTOR, action: 'workspace.load_demo', entity: 'workspace', entityId: null, after: { cases: caseIds.length, seed: DEMO_SEED } })
      for (const s of staged) await s.commit()
    })
  } catch (err) {
    await Promise.all(staged.map((s) => s.discard()))
    throw err
  }
  return { cases: ws.cases.length, documents: files.length }
}
