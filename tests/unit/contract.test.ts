import { describe, expect, it } from 'vitest'
import { contract, METHOD_NAMES } from '../../shared/contract'
import { handlers } from '../../electron/backend/services/registry'
import { createDispatch } from '../../electron/backend/services/dispatch'
import type { Handlers } from '../../electron/backend/services/handler-types'
import type { ServiceContext } from '../../electron/backend/services/context'
import { casesHandlers } from '../../electron/backend/services/cases/handlers'
import { documentsHandlers } from '../../electron/backend/services/documents/handlers'
import { rubricsHandlers } from '../../electron/backend/services/rubrics/handlers'
import { campaignsHandlers } from '../../electron/backend/services/campaigns/handlers'
import { evaluationsHandlers } from '../../electron/backend/services/evaluations/handlers'
import { exportsHandlers } from '../../electron/backend/services/exports/handlers'
import { workspaceHandlers } from '../../electron/backend/services/workspace/handlers'
import { auditHandlers } from '../../electron/backend/services/audit/handlers'
import { checksHandlers } from '../../electron/backend/services/checks/handlers'
import { calendarHandlers } from '../../electron/backend/services/calendar/handlers'
import { statutesHandlers } from '../../electron/backend/services/statutes/handlers'
import { settingsHandlers } from '../../electron/backend/services/settings/handlers'
import { peopleHandlers } from '../../electron/backend/services/people/handlers'
import { adjudicationHandlers } from '../../electron/backend/services/adjudication/handlers'
import { importsHandlers } from '../../electron/backend/services/imports/handlers'
import { statisticsHandlers } from '../../electron/backend/services/statistics/handlers'
import { sheetsHandlers } from '../../electron/backend/services/sheets/handlers'
import { typicalHandlers } from '../../electron/backend/services/typical/handlers'
import { bulletinHandlers } from '../../electron/backend/services/bulletin/handlers'
import { backupsHandlers } from '../../electron/backend/services/backups/handlers'
import { authHandlers } from '../../electron/backend/services/auth/handlers'
import { accountsHandlers } from '../../electron/backend/services/accounts/handlers'
import { rectificationHandlers } from '../../electron/backend/services/rectification/handlers'
import { avRecordsHandlers } from '../../electron/backend/services/av-records/handlers'
import { complaintsHandlers } from '../../electron/backend/services/complaints/handlers'
import { quotasHandlers } from '../../electron/backend/services/quotas/handlers'

const domains = [casesHandlers, documentsHandlers, rubricsHandlers, campaignsHandlers, evaluationsHandlers, exportsHandlers, workspaceHandlers, auditHandlers, checksHandlers, calendarHandlers, statutesHandlers, settingsHandlers, peopleHandlers, adjudicationHandlers, importsHandlers, statisticsHandlers, sheetsHandlers, typicalHandlers, backupsHandlers, bulletinHandlers, authHandlers, accountsHandlers, rectificationHandlers, avRecordsHandlers, complaintsHandlers, quotasHandlers]

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
      expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-zA-Z]+$/)
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
    const answer = await createDispatch(ctx, extraKey, { checkOutputs: true, checkAccess: false })('statutes.list', {})
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(!answer.ok && answer.error.message).toContain('statutes.list')
  })

  it('the shipped app passes the answer on as the handler gave it', async () => {
    const answer = await createDispatch(ctx, extraKey, { checkOutputs: false, checkAccess: false })('statutes.list', {})
    expect(answer).toEqual({ ok: true, value: [{ title: '中华人民共和国行政处罚法', articleCount: 86, internal: 1 }] })
  })
})
