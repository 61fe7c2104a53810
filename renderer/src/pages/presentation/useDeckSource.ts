import { useCallback, useEffect, useState } from 'react'
import { api, toApiError, type ApiError, type MethodOutput } from '../../api'
import type { StatisticsScope } from '../../../../shared/contract/statistics'
import type { Rubric } from '../../../../shared/domain/rubric'

/** What the slides are built from, as the server holds it. */
export interface DeckSource {
  report: MethodOutput<'statistics.report'>
  typical: MethodOutput<'typical.list'>
  rubrics: ReadonlyMap<number, Rubric>
  issuingUnit: string | null
  bulletinRectification: { squadName: string; text: string; deadline: string | null }[] | null
}

// The bulletin adds its wording when the section has saved a draft; without one (or should it
// fail) the slides stand on the statistics alone.
async function bulletinParts(scope: StatisticsScope) {
  const [settings, draft] = await Promise.all([api.call('bulletin.settings', {}).catch(() => null), api.call('bulletin.draft', scope).catch(() => null)])
  const rectification = draft?.saved ? draft.content.rectification.squads.map((s) => ({ squadName: s.squadName, text: s.text, deadline: s.deadline })) : null
  return { issuingUnit: settings?.issuingUnit ?? null, bulletinRectification: rectification }
}

async function load(scope: StatisticsScope): Promise<DeckSource> {
  const [report, typical, bulletin] = await Promise.all([api.call('statistics.report', scope), api.call('typical.list', scope), bulletinParts(scope)])
  const ids = [...new Set(typical.map((t) => t.rubricId))]
  const rubrics = new Map(await Promise.all(ids.map(async (id) => [id, (await api.call('rubrics.get', { id })).body] as const)))
  return { report, typical, rubrics, ...bulletin }
}

/** Loads everything the deck of a scope needs, once; `reload` asks again. */
export function useDeckSource(scope: StatisticsScope | null) {
  const [source, setSource] = useState<DeckSource>()
  const [error, setError] = useState<ApiError>()
  const [nonce, setNonce] = useState(0)
  const key = scope ? JSON.stringify(scope) : null

  useEffect(() => {
    if (!key) return
    let live = true
    setError(undefined)
    load(JSON.parse(key) as StatisticsScope)
      .then((s) => live && setSource(s))
      .catch((e: unknown) => live && setError(toApiError(e)))
    return () => {
      live = false
    }
  }, [key, nonce])

  const reload = useCallback(() => setNonce((n) => n + 1), [])
  return { source, error, reload }
}
