import fs from 'node:fs'
import path from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import { describe, expect, it } from 'vitest'
import { ENFORCEMENT_DOMAINS, caseFields } from '../../shared/contract/cases'
import { outOfOrderDates } from '../../shared/domain/case-dates'
import { daysBetween, workingDaysBetween } from '../../electron/backend/demo/calendar'
import { buildCaseFilePages } from '../../electron/backend/demo/case-file-pages'
import { collectStrings } from '../../electron/backend/demo/charset'
import { layoutDiagnostics } from '../../electron/backend/demo/layout/flow'
import { pageTexts } from '../../electron/backend/demo/layout/page-model'
import * as vocabulary from '../../electron/backend/demo/vocabulary'
import { DEMO_AS_OF, DEMO_DEFECTS, type DemoCase, buildDemoWorkspace } from '../../electron/backend/demo/workspace'
import { buildDemoRegisters } from '../../electron/backend/demo/registers'
import { avRecordFields } from '../../shared/contract/av-records'
import { complaintFields } from '../../shared/contract/complaints'

const ROOT = path.resolve(__dirname, '../..')
const FONT = path.join(ROOT, 'resources/fonts/demo-serif-sc.ttf')
const workspace = buildDemoWorkspace()
const { cases, officers, squads } = workspace
const DOC = vocabulary.DOC

const has = (c: DemoCase, docType: string) => c.documents.some((d) => d.docType === docType)
const pageCount = (c: DemoCase) => c.documents.reduce((n, d) => n + d.pages, 0)
const officerOf = (key: string) => officers.find((o) => o.key === key)
const yuan = (c: DemoCase) => (c.penaltyFen ?? 0) / 100
const violationOf = (c: DemoCase) => vocabulary.VIOLATIONS.find((v) => v.code === c.details.violationCode)

function registryFields(c: DemoCase) {
  const { squadKey: _s, officerKeys: _o, defects: _d, documents: _p, details: _x, ...fields } = c
  return fields
}

describe('buildDemoWorkspace', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const again = buildDemoWorkspace()
    expect(again).toEqual(workspace)
    expect(JSON.stringify(again)).toBe(JSON.stringify(workspace))
    expect(JSON.stringify(buildDemoWorkspace(7))).not.toBe(JSON.stringify(workspace))
  })

  it('has the 12 squads of the district', () => {
    expect(squads).toHaveLength(12)
    expect(squads.filter((s) => s.kind === 'mobile').map((s) => s.name)).toEqual(['机动中队'])
    expect(squads.filter((s) => s.kind === 'street')).toHaveLength(3)
    expect(squads.filter((s) => s.kind === 'town')).toHaveLength(8)
    expect(squads.map((s) => s.name)).toContain('夏阳街道中队')
    expect(squads.map((s) => s.name)).toContain('朱家角镇中队')
    expect(new Set(squads.map((s) => s.key)).size).toBe(12)
  })

  it('has about 40 officers with unique badges, a couple of them uncertified', () => {
    expect(officers.length).toBeGreaterThanOrEqual(36)
    expect(officers.length).toBeLessThanOrEqual(45)
    expect(new Set(officers.map((o) => o.key)).size).toBe(officers.length)
    expect(new Set(officers.map((o) => o.badgeNumber)).size).toBe(officers.length)
    expect(new Set(officers.map((o) => o.name)).size).toBe(officers.length)
    for (const o of officers) {
      expect(o.badgeNumber).toMatch(/^31118\d{5}$/)
      expect(o.name).toMatch(/^[\u4e00-\u9fff]{2,3}$/)
      expect(squads.some((s) => s.key === o.squadKey)).toBe(true)
    }
    expect(officers.filter((o) => !o.certified).length).toBeGreaterThanOrEqual(2)
  })

  it('has about 120 cases with unique case numbers across 2023', () => {
    expect(cases.length).toBeGreaterThanOrEqual(110)
    expect(cases.length).toBeLessThanOrEqual(130)
    expect(new Set(cases.map((c) => c.caseNumber)).size).toBe(cases.length)
    for (const c of cases) {
      expect(c.caseNumber).toMatch(/^青城管(简)?(罚|强)字〔2023〕第\d{5}号$/)
      expect(c.discoveredOn! >= '2023-01-01' && c.discoveredOn! <= '2023-12-31').toBe(true)
      expect(c.filedOn! <= '2023-12-31').toBe(true)
      for (const d of [c.discoveredOn, c.filedOn, c.decidedOn, c.servedOn, c.closedOn, c.archivedOn]) if (d) expect(d <= DEMO_AS_OF).toBe(true)
    }
    expect(new Set(cases.map((c) => c.domain))).toEqual(new Set(ENFORCEMENT_DOMAINS))
    expect(cases.filter((c) => c.procedure === 'simple').length).toBeGreaterThanOrEqual(10)
    expect(cases.filter((c) => c.caseType === 'compulsion').length).toBeGreaterThanOrEqual(4)
    expect(cases.some((c) => c.partyType === 'organization' && c.party.endsWith('有限公司'))).toBe(true)
  })

  it('gives cases that pass the contract once keys become ids', () => {
    for (const c of cases) {
      const fields = registryFields(c)
      const parsed = caseFields.parse({ ...fields, squadId: 1, officerIds: [] })
      expect(parsed).toEqual({ ...fields, squadId: 1, officerIds: [] })
      expect(squads.some((s) => s.key === c.squadKey)).toBe(true)
      for (const k of c.officerKeys) expect(officerOf(k)).toBeDefined()
    }
  })

  it('cites the statutory ranges and majors as the reference table says', () => {
    for (const c of cases) {
      const v = violationOf(c)
      expect(v).toBeDefined()
      expect(c.violation).toBe(v!.violation)
      expect(c.legalBasis).toBe(v!.legalBasis)
      if (c.caseType === 'compulsion') {
        expect(c.penaltyFen).toBeNull()
        continue
      }
      expect(c.penaltyFen! % 100).toBe(0)
      if (v!.rangeYuan) expect(c.details.legalRangeFen).toEqual([v!.rangeYuan[0] * 100, v!.rangeYuan[1] * 100])
      const threshold = c.partyType === 'individual' ? 5000 : 50000
      if (c.procedure === 'ordinary') expect(c.isMajor).toBe(yuan(c) >= threshold)
      else {
        expect(c.isMajor).toBe(false)
        expect(yuan(c)).toBeLessThanOrEqual(c.partyType === 'individual' ? 200 : 3000)
      }
    }
  })

  it('plants each defect at least twice in about 15-20% of the cases', () => {
    for (const code of DEMO_DEFECTS) expect(cases.filter((c) => c.defects.includes(code)).length, code).toBeGreaterThanOrEqual(2)
    const share = cases.filter((c) => c.defects.length > 0).length / cases.length
    expect(share).toBeGreaterThanOrEqual(0.15)
    expect(share).toBeLessThanOrEqual(0.2)
  })

  it.each([2023, 1, 42])('shows every planted defect in the case data (seed %i)', (seed) => {
    const ws = seed === 2023 ? workspace : buildDemoWorkspace(seed)
    const officerOf = (key: string) => ws.officers.find((o) => o.key === key)
    for (const c of ws.cases) {
      for (const defect of c.defects) {
        const [lo, hi] = c.details.legalRangeFen ?? [0, 0]
        const [tlo, thi] = c.details.tierRangeFen ?? [0, 0]
        const fen = c.penaltyFen ?? 0
        const show: Record<typeof defect, () => boolean> = {
          late_filing: () => workingDaysBetween(c.discoveredOn!, c.filedOn!) > 7,
          decision_over_90_days: () => daysBetween(c.filedOn!, c.decidedOn!) > 90,
          missing_service_receipt: () => !has(c, DOC.service) && c.servedOn !== null,
          fine_outside_tier: () => (fen < tlo || fen > thi) && fen >= lo && fen <= hi,
          fine_outside_legal_range: () => fen < lo || fen > hi,
          single_officer: () => c.officerKeys.length === 1,
          uncertified_officer: () => c.officerKeys.some((k) => !officerOf(k)!.certified),
          major_without_legal_review: () => c.isMajor && c.decidedOn !== null && !has(c, DOC.legalReview),
          dates_out_of_order: () => outOfOrderDates(c).length > 0,
          late_service: () => daysBetween(c.decidedOn!, c.servedOn!) > 9,
          mitigated_without_legal_review: () => c.discretionTier === 'mitigated' && fen < lo && fen >= tlo && fen <= thi && c.decidedOn !== null && !has(c, DOC.legalReview),
        }
        expect(show[defect](), `${c.caseNumber} ${defect}`).toBe(true)
      }
    }
  })

  it.each([2023, 1, 42])('keeps the other cases clean (seed %i)', (seed) => {
    const ws = seed === 2023 ? workspace : buildDemoWorkspace(seed)
    const officerOf = (key: string) => ws.officers.find((o) => o.key === key)
    for (const c of ws.cases.filter((x) => x.defects.length === 0)) {
      const where = c.caseNumber
      if (c.filedOn) expect(workingDaysBetween(c.discoveredOn!, c.filedOn), where).toBeLessThanOrEqual(7)
      if (c.decidedOn) expect(daysBetween(c.filedOn!, c.decidedOn), where).toBeLessThanOrEqual(90)
      if (c.servedOn) expect(workingDaysBetween(c.decidedOn!, c.servedOn), where).toBeLessThanOrEqual(7)
      if (c.servedOn) expect(has(c, DOC.service), where).toBe(true)
      expect(outOfOrderDates(c), where).toEqual([])
      expect(c.officerKeys.length, where).toBeGreaterThanOrEqual(2)
      expect(c.officerKeys.every((k) => officerOf(k)!.certified), where).toBe(true)
      if (c.isMajor && c.decidedOn) expect(has(c, DOC.legalReview), where).toBe(true)
      if (c.penaltyFen !== null) {
        const [lo, hi] = c.details.legalRangeFen!
        const [tlo, thi] = c.details.tierRangeFen!
        expect(c.penaltyFen >= tlo && c.penaltyFen <= thi && tlo >= lo && thi <= hi, where).toBe(true)
      }
    }
  })

  it('plans 10 to 60 pages per file, fewer for simple procedure', () => {
    for (const c of cases) {
      const pages = pageCount(c)
      expect(pages, c.caseNumber).toBeGreaterThanOrEqual(10)
      expect(pages, c.caseNumber).toBeLessThanOrEqual(60)
      expect(c.documents[0]?.docType).toBe(DOC.cover)
      expect(c.documents[1]?.docType).toBe(DOC.catalogue)
      if (c.procedure === 'simple') expect(pages).toBeLessThanOrEqual(15)
      if (c.procedure === 'ordinary' && c.caseType === 'penalty' && c.decidedOn) expect(pages).toBeGreaterThanOrEqual(20)
      if (c.decidedOn && c.caseType === 'penalty') expect(has(c, DOC.decision)).toBe(true)
    }
  })

  it('lays every form out without running out of room', () => {
    for (const seed of [2023, 1, 42]) {
      const ws = seed === 2023 ? workspace : buildDemoWorkspace(seed)
      layoutDiagnostics.droppedBlocks = 0
      for (const c of ws.cases) {
        const pages = buildCaseFilePages(c, ws)
        expect(pages).toHaveLength(pageCount(c))
        expect(pages.map((p) => p.docType)).toEqual(c.documents.flatMap((d) => Array<string>(d.pages).fill(d.docType)))
      }
      expect(layoutDiagnostics.droppedBlocks, `seed ${seed}`).toBe(0)
    }
  })

  it('prints nothing the bundled font cannot show', () => {
    const bytes = fs.readFileSync(FONT)
    expect(bytes.length).toBeLessThan(1_500_000)
    const font = fontkit.create(new Uint8Array(bytes))
    const strings = [...collectStrings(vocabulary), ...collectStrings(workspace)]
    for (const c of cases) for (const page of buildCaseFilePages(c, workspace)) strings.push(...pageTexts(page))
    const missing = new Set<string>()
    for (const s of strings) for (const ch of s) if (!font.hasGlyphForCodePoint(ch.codePointAt(0)!)) missing.add(ch)
    expect([...missing].join(''), 'run scripts/subset-demo-font.sh').toBe('')
  })

  it('keeps all Chinese text of the generator in its vocabulary files', () => {
    const dir = path.join(ROOT, 'electron/backend/demo')
    const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('vocabulary.ts'))
    for (const file of files) {
      const code = fs.readFileSync(path.join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '')
      expect(code.match(/[\u3000-\u9fff\uff00-\uffef]+/g), file).toBeNull()
    }
  })
})

describe('buildDemoRegisters', () => {
  const registers = buildDemoRegisters(workspace, 2023)

  it('is deterministic for a seed', () => {
    expect(buildDemoRegisters(workspace, 2023)).toEqual(registers)
    expect(buildDemoRegisters(workspace, 2024)).not.toEqual(registers)
  })

  it('gives recordings the contract accepts: in 2023, their officers of the squad, most of a case', () => {
    const numbers = new Set(cases.map((c) => c.caseNumber))
    for (const { squadKey, officerKeys, ...r } of registers.avRecords) {
      expect(avRecordFields.safeParse({ ...r, squadId: 1, officerIds: officerKeys.map((_, i) => i + 1) }).success, r.recordNumber).toBe(true)
      expect(r.recordedOn.startsWith('2023'), r.recordNumber).toBe(true)
      expect(officerKeys.length).toBeGreaterThan(0)
      expect(r.caseNumber === '' || numbers.has(r.caseNumber), r.recordNumber).toBe(true)
      if (r.caseNumber === '') expect(officerKeys.every((k) => officerOf(k)?.squadKey === squadKey)).toBe(true)
    }
    expect(new Set(registers.avRecords.map((r) => r.recordNumber)).size).toBe(registers.avRecords.length)
  })

  it('gives tickets the contract accepts, a few addresses complained of at least three times', () => {
    for (const { squadKey: _s, ...c } of registers.complaints) expect(complaintFields.safeParse({ ...c, squadId: 1 }).success, c.ticketNumber).toBe(true)
    expect(new Set(registers.complaints.map((c) => c.ticketNumber)).size).toBe(registers.complaints.length)
    const byAddress = new Map<string, number>()
    for (const c of registers.complaints) byAddress.set(c.address, (byAddress.get(c.address) ?? 0) + 1)
    expect([...byAddress.values()].filter((n) => n >= 3).length).toBeGreaterThanOrEqual(6)
  })
})
