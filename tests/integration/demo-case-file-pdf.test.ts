import fs from 'node:fs'
import path from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderCaseFilePdf } from '../../electron/backend/demo/case-file-pdf'
import { DOC } from '../../electron/backend/demo/vocabulary'
import { type DemoCase, buildDemoWorkspace } from '../../electron/backend/demo/workspace'

const FONT = new Uint8Array(fs.readFileSync(path.resolve(__dirname, '../../resources/fonts/demo-serif-sc.ttf')))
const workspace = buildDemoWorkspace()

const samples: [string, DemoCase][] = [
  ['ordinary with defects', workspace.cases.find((c) => c.procedure === 'ordinary' && c.caseType === 'penalty' && c.defects.length > 0 && c.archivedOn)!],
  ['simple procedure', workspace.cases.find((c) => c.procedure === 'simple' && c.archivedOn)!],
  ['compulsion', workspace.cases.find((c) => c.caseType === 'compulsion' && c.archivedOn)!],
]

async function pageText(doc: Awaited<ReturnType<typeof getDocument>['promise']>, n: number): Promise<string> {
  const page = await doc.getPage(n)
  const content = await page.getTextContent()
  return content.items.map((item) => ('str' in item ? item.str : '')).join('')
}

/** First page of the first section of one of these document types. */
function startPage(c: DemoCase, docTypes: string[]): number {
  let page = 1
  for (const section of c.documents) {
    if (docTypes.includes(section.docType)) return page
    page += section.pages
  }
  throw new Error(`no ${docTypes.join('/')} in ${c.caseNumber}`)
}

describe.each(samples)('renderCaseFilePdf: %s', (_label, demoCase) => {
  let bytes: Uint8Array

  beforeAll(async () => {
    expect(demoCase).toBeDefined()
    bytes = await renderCaseFilePdf(demoCase, workspace, FONT)
  })

  it('follows the page plan and prints the case number, party and decision', async () => {
    const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise
    try {
      expect(doc.numPages).toBe(demoCase.documents.reduce((n, d) => n + d.pages, 0))
      expect(await pageText(doc, 1)).toContain(demoCase.caseNumber)
      const decision = await pageText(doc, startPage(demoCase, [DOC.decision, DOC.compulsionDecision]))
      expect(decision).toContain(demoCase.party)
      const last = await pageText(doc, doc.numPages)
      expect(last).toContain(String(doc.numPages))
      const info = (await doc.getMetadata()).info as Record<string, unknown>
      expect(info.Title).toBe(demoCase.caseNumber)
      expect(String(info.CreationDate)).toContain('20240131')
    } finally {
      await doc.destroy()
    }
  })

  it('gives identical bytes when rendered again', async () => {
    const again = await renderCaseFilePdf(demoCase, workspace, FONT)
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0)
  })
})
