import { zoomSetting, type ViewState } from '../../../../shared/contract/documents'
import type { ServiceContext } from '../context'
import { pageCountOf } from './queries'

const FITS = new Set(['fit-width', 'fit-page'])

/** The stored text back to a zoom; anything unreadable counts as no saved state (a preference). */
function decodeZoom(text: string): ViewState['zoom'] | null {
  const parsed = zoomSetting.safeParse(FITS.has(text) ? text : Number(text))
  return parsed.success ? parsed.data : null
}

export async function readViewState(ctx: ServiceContext, documentId: number): Promise<ViewState | null> {
  await pageCountOf(ctx.db, documentId) // not_found for an unknown document
  const row = await ctx.db.selectFrom('viewStates').select(['page', 'zoom']).where('documentId', '=', documentId).executeTakeFirst()
  const zoom = row ? decodeZoom(row.zoom) : null
  return row && zoom !== null ? { page: row.page, zoom } : null
}

/** Remembers where the reviewer left the document; not audited, it changes no finding. */
export async function saveViewState(ctx: ServiceContext, documentId: number, state: ViewState): Promise<void> {
  const page = Math.min(state.page, await pageCountOf(ctx.db, documentId))
  const values = { page, zoom: String(state.zoom), updatedAt: ctx.now().toISOString() }
  await ctx.db
    .insertInto('viewStates')
    .values({ documentId, ...values })
    .onConflict((oc) => oc.column('documentId').doUpdateSet(values))
    .execute()
}
