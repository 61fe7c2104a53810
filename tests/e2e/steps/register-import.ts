import type { Page } from 'playwright-core'
import type { ImportTarget } from '../../../shared/domain/imports/fields'
import { goTo, pick } from './people'
import { chooseFiles } from '../harness'

/** UI steps of the import wizard (案件台账, 执法人员, 评查员), for specs that fill an empty install. */

export interface ImportSteps {
  /** Field key → the header text to map it to, chosen by hand in the mapping step. */
  fixMapping?: Record<string, string>
  /** Create the squads and officers the file names but the workspace lacks. */
  createMissing?: boolean
  /** The enforcement domain label for cases the violation does not tell, e.g. '街面市容'. */
  defaultDomain?: string
  /** Called at each step (file, mapping, preview, done) with its name, e.g. to take a screenshot. */
  atStep?: (step: 'file' | 'mapping' | 'preview' | 'done') => Promise<unknown>
}

export interface ImportOutcome {
  /** The line under the mapping: file name, encoding, header row, rows. */
  fileSummary: string
  /** The counts the preview showed, by name (rows, created, updated, unchanged, invalid, warnings). */
  counts: Record<string, number>
  /** The result's summary line, e.g. 新增 240 条，更新 0 条，无变化 0 条。 */
  result: string
}

const COUNTS = ['rows', 'created', 'updated', 'unchanged', 'invalid', 'warnings'] as const

async function readCounts(page: Page) {
  const counts: Record<string, number> = {}
  for (const k of COUNTS) counts[k] = Number((await page.getByTestId(`import-count-${k}`).locator('.ant-statistic-content-value').innerText()).replace(/\D/g, ''))
  return counts
}

/** Waits until the preview has answered for the current mapping and choices. */
async function previewSettled(page: Page) {
  await page.getByTestId('import-preview-step').waitFor()
  await page.locator('[data-testid="import-wizard"] .ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => {})
}

/**
 * Opens the wizard with the button `import-<target>` on the current page, uploads the file, maps,
 * checks the preview and imports; returns what the wizard showed. The file is chosen in the
 * browser's chooser, or under Electron in the system dialog.
 */
export async function importTable(page: Page, target: ImportTarget, filePath: string, steps: ImportSteps = {}): Promise<ImportOutcome> {
  await page.getByTestId(`import-${target}`).click()
  await page.getByTestId('import-file-step').waitFor()
  await steps.atStep?.('file')
  await chooseFiles(page, filePath, () => page.getByTestId('import-choose-file').click())
  await page.getByTestId('import-mapping-step').waitFor({ timeout: 30_000 })
  const fileSummary = await page.getByTestId('import-file-summary').innerText()
  for (const [field, header] of Object.entries(steps.fixMapping ?? {})) await pick(page, page.getByTestId(`import-map-${field}`), header)
  await steps.atStep?.('mapping')
  await page.getByTestId('import-mapping-next').click()
  await previewSettled(page)
  if (steps.createMissing) {
    const box = page.getByTestId('import-create-missing')
    // antd puts the test id on the input or on its label, depending on the version.
    const checked = (await box.count()) ? await box.evaluate((el) => ((el.tagName === 'INPUT' ? el : el.querySelector('input')) as { checked?: boolean } | null)?.checked ?? false) : true
    if (!checked) {
      await box.click()
      await previewSettled(page)
    }
  }
  if (steps.defaultDomain) {
    await pick(page, page.getByTestId('import-default-domain'), steps.defaultDomain)
    await previewSettled(page)
  }
  const counts = await readCounts(page)
  await steps.atStep?.('preview')
  await page.getByTestId('import-start').click()
  await page.getByTestId('import-result').waitFor({ timeout: 120_000 })
  const result = await page.getByTestId('import-result-summary').innerText()
  await steps.atStep?.('done')
  await page.getByTestId('import-close').click()
  await page.getByTestId('import-wizard').waitFor({ state: 'detached' })
  return { fileSummary, counts, result }
}

/** 案件 → 导入案件台账 → the wizard; returns what it showed. */
export async function importRegister(page: Page, filePath: string, steps: ImportSteps = {}): Promise<ImportOutcome> {
  await goTo(page, '/cases')
  await page.getByTestId('case-new').waitFor()
  return importTable(page, 'cases', filePath, steps)
}

/** Up to the preview only, for a file with problems: the problem rows as text (row, column, kind, message). */
export async function previewProblems(page: Page, target: ImportTarget, filePath: string): Promise<string[]> {
  await page.getByTestId(`import-${target}`).click()
  await chooseFiles(page, filePath, () => page.getByTestId('import-choose-file').click())
  await page.getByTestId('import-mapping-next').click()
  await previewSettled(page)
  return page.getByTestId('import-problem').allInnerTexts()
}

/** Starts importing a (large) file and cancels once progress shows; returns the message shown and the rows done by then. */
export async function importAndCancel(page: Page, target: ImportTarget, filePath: string, steps: ImportSteps = {}): Promise<{ message: string; progress: string }> {
  await page.getByTestId(`import-${target}`).click()
  await chooseFiles(page, filePath, () => page.getByTestId('import-choose-file').click())
  await page.getByTestId('import-mapping-step').waitFor({ timeout: 60_000 })
  await page.getByTestId('import-mapping-next').click()
  await previewSettled(page)
  if (steps.createMissing) {
    const box = page.getByTestId('import-create-missing')
    if (await box.count()) {
      const checked = await box.evaluate((el) => ((el.tagName === 'INPUT' ? el : el.querySelector('input')) as { checked?: boolean } | null)?.checked ?? false)
      if (!checked) {
        await box.click()
        await previewSettled(page)
      }
    }
  }
  await page.getByTestId('import-start').click()
  await page.getByTestId('import-running').waitFor()
  // Cancel once some rows are written, so that there is something to roll back.
  await page.getByTestId('import-progress').filter({ hasText: /[1-9]\d*%/ }).waitFor({ timeout: 60_000 })
  const progress = await page.getByTestId('import-progress').innerText()
  await steps.atStep?.('preview')
  await page.getByTestId('import-cancel').click()
  await page.getByTestId('import-failed').waitFor({ timeout: 60_000 })
  const message = await page.getByTestId('import-error').innerText()
  await steps.atStep?.('done')
  await page.keyboard.press('Escape')
  await page.getByTestId('import-wizard').waitFor({ state: 'detached' })
  return { message, progress }
}
