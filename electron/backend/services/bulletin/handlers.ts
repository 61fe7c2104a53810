import { writeFile } from 'node:fs/promises'
import type { BulletinDraft } from '../../../../shared/contract/bulletin'
import type { StatisticsScope } from '../../../../shared/contract/statistics'
import { isStale } from '../../../../shared/domain/bulletin/generate'
import { bulletinScopeKey } from '../../../../shared/domain/bulletin/scope'
import type { ServiceContext } from '../context'
import type { DomainHandlers } from '../handler-types'
import { writeExport } from '../exports/files'
import { leadChange } from '../people/guard'
import { statisticsReport } from '../statistics/report'
import { windowOf } from '../statistics/window'
import { actorName } from '../auth/actor'
import { bulletinDocx } from './docx/document'
import { deleteDraft, storedDraft, writeDraft } from './drafts'
import { readBulletinSettings, saveBulletinSettings } from './settings'
import { generatedContent } from './source'

/** The saved draft, or the text generated now from the statistics. */
async function currentDraft(ctx: ServiceContext, scope: StatisticsScope): Promise<BulletinDraft> {
  const report = await statisticsReport(ctx.db, scope, ctx.now())
  const stored = await storedDraft(ctx.db, scope)
  if (stored) return { content: stored.content, saved: true, updatedBy: stored.updatedBy, updatedAt: stored.updatedAt, stale: isStale(stored.content, report) }
  return { content: await generatedContent(ctx.db, scope, report, ctx.now()), saved: false, updatedBy: null, updatedAt: null, stale: false }
}

export const bulletinHandlers: DomainHandlers<'bulletin'> = {
  'bulletin.draft': (ctx, scope) => currentDraft(ctx, scope),

  'bulletin.save': async (ctx, { scope, content }) => {
    // An unknown campaign is refused before anything is kept for it.
    await windowOf(ctx.db, scope)
    const before = await storedDraft(ctx.db, scope)
    await leadChange(ctx, async (trx, log) => {
      await writeDraft(trx, scope, content, actorName(ctx), ctx.now())
      await log({ action: 'bulletin.save', entity: 'bulletin_draft', entityId: bulletinScopeKey(scope), before: before?.content, after: content })
    })
    return currentDraft(ctx, scope)
  },

  'bulletin.reset': async (ctx, scope) => {
    await windowOf(ctx.db, scope)
    const before = await storedDraft(ctx.db, scope)
    if (before) {
      await leadChange(ctx, async (trx, log) => {
        await deleteDraft(trx, scope)
        await log({ action: 'bulletin.reset', entity: 'bulletin_draft', entityId: bulletinScopeKey(scope), before: before.content })
      })
    }
    return currentDraft(ctx, scope)
  },

  'bulletin.export': async (ctx, scope) => {
    const [{ content }, settings] = await Promise.all([currentDraft(ctx, scope), readBulletinSettings(ctx.db)])
    const bytes = await bulletinDocx(content, settings)
    return writeExport(ctx, content.title.replace(/\s+/g, ''), 'docx', (filePath) => writeFile(filePath, bytes))
  },

  'bulletin.settings': (ctx) => readBulletinSettings(ctx.db),

  'bulletin.setSettings': (ctx, settings) => saveBulletinSettings(ctx, settings),
}
