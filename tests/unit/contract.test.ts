import { describe, expect, it } from 'vitest'
import { contract, METHOD_NAMES } from '../../shared/contract'
import { handlers } from '../../electron/services/handlers'
import { createDispatch } from '../../electron/services/dispatch'
import type { Handlers } from '../../electron/services/handler'
import type { ServiceContext } from '../../electron/services/context'
import { casesHandlers } from '../../electron/services/cases/handlers'
import { documentsHandlers } from '../../electron/services/documents/handlers'
import { rubricsHandlers } from '../../electron/services/rubrics/handlers'
import { campaignsHandlers } from '../../electron/services/campaigns/handlers'
import { evaluationsHandlers } from '../../electron/services/evaluations/handlers'
import { exportsHandlers } from '../../electron/services/exports/handlers'
import { workspaceHandlers } from '../../electron/services/workspace/handlers'
import { auditHandlers } from '../../electron/services/audit/handlers'
import { checksHandlers } from '../../electron/services/checks/handlers'
import { calendarHandlers } from '../../electron/services/calendar/handlers'
import { statutesHandlers } from '../../electron/services/statutes/handlers'
import { settingsHandlers } from '../../electron/services/settings/handlers'
import { reviewersHandlers } from '../../electron/services/reviewers/handlers'
import { peopleHandlers } from '../../electron/services/people/handlers'
import { adjudicationHandlers } from '../../electron/services/adjudication/handlers'
import { importsHandlers } from '../../electron/services/imports/handlers'
import { statisticsHandlers } from '../../electron/services/statistics/handlers'
import { sheetsHandlers } from '../../electron/services/sheets/handlers'
import { typicalHandlers } from '../../electron/services/typical/handlers'
import { bulletinHandlers } from '../../electron/services/bulletin/handlers'
import { backupsHandlers } from '../../electron/services/backups/handlers'

const domains = [casesHandlers, documentsHandlers, rubricsHandlers, campaignsHandlers, evaluationsHandlers, exportsHandlers, workspaceHandlers, auditHandlers, checksHandlers, calendarHandlers, statutesHandlers, settingsHandlers, reviewersHandlers, peopleHandlers, adjudicationHandlers, importsHandlers, statisticsHandlers, sheetsHandlers, typicalHandlers, backupsHandlers, bulletinHandlers]

describe('contract ↔ handlers', () => {
  it('every contract method has a handler, and every handler a contract method', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort())
    for (const name of METHOD_NAMES) expect(typeof handlers[name]).toBe('function')
  })

  it('no method is handled by two domains', () => {
    const names = domains.flatMap((d) => Object.keys(d))
    expect(names.length).toBe(new Set(names).size)
    expect(names.length).toBe(METHOD_NAMES.length)
  })

  it('each method name is domain.verb and has input and output schemas', () => {
    for (const [name, spec] of Object.entries(contract)) {
      expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/)
      expect(typeof spec.input.safeParse).toBe('function')
      expect(typeof spec.output.safeParse).toBe('function')
    }
  })
})

describe('answers against the contract', () => {
  // One method's handler answering with a key its contract does not have.
  const extraKey = { ...handlers, 'statutes.list': async () => [{ title: '中华人民共和国行政处罚法', articleCount: 86, internal: 1 }] } as Handlers
  const ctx = { locale: async () => 'en' as const } as ServiceContext

  it('in tests and development, an answer that is not exactly of the contract’s shape is an internal error', async () => {
    const answer = await createDispatch(ctx, extraKey, { checkOutputs: true })('statutes.list', {})
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(!answer.ok && answer.error.message).toContain('statutes.list')
  })

  it('the shipped app passes the answer on as the handler gave it', async () => {
    const answer = await createDispatch(ctx, extraKey, { checkOutputs: false })('statutes.list', {})
    expect(answer).toEqual({ ok: true, value: [{ title: '中华人民共和国行政处罚法', articleCount: 86, internal: 1 }] })
  })
})
