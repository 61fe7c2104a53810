import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { readZip } from '../../support/zip'

/** UI steps of the 通报 editor on the 统计与讲评 page. */

/** Opens the editor for the scope the page shows and waits for the draft. */
export async function openBulletin(page: Page) {
  await page.getByTestId('bulletin-open').click()
  await page.getByTestId('bulletin-editor').waitFor({ timeout: 60_000 })
}

/** Replaces the text of one paragraph (by its test id) with new text. */
export async function editParagraph(page: Page, testId: string, text: string) {
  const box = page.getByTestId(testId)
  await box.fill(text)
}

/** Saves the draft and waits for the editor to show it saved. */
export async function saveBulletin(page: Page) {
  await page.getByTestId('bulletin-save').click()
  await page.locator('[data-testid="bulletin-state"].ant-alert-success').waitFor()
}

/**
 * Exports the bulletin and returns the text of its runs, read back from the .docx the server wrote
 * into the workspace's exports folder (the desktop shows it there; a browser also downloads it).
 */
export async function exportBulletin(page: Page, dataDir: string) {
  const exports = join(dataDir, 'exports')
  const before = new Set(await readdir(exports).catch(() => []))
  await page.getByTestId('bulletin-export').click()
  await page.locator('.ant-message').getByText(/^已导出：.*\.docx$/).waitFor({ timeout: 60_000 })
  const fileName = (await readdir(exports)).find((f) => f.endsWith('.docx') && !before.has(f))
  if (!fileName) throw new Error('no new .docx in the exports folder')
  const document = readZip(await readFile(join(exports, fileName))).get('word/document.xml')!.toString('utf8')
  const text = [...document.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n')
  return { fileName, filePath: join(exports, fileName), text }
}
