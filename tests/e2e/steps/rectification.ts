import type { Page } from 'playwright-core'
import { chooseFiles } from '../harness'
import { pick } from './people'

/** UI steps of 整改: issuing the notices of a closed campaign, and a squad's reply. */

/** Types a date into an antd DatePicker and confirms it. */
async function fillDate(page: Page, testId: string, date: string) {
  await page.getByTestId(testId).click()
  await page.getByTestId(testId).fill(date)
  await page.keyboard.press('Enter')
}

/**
 * 下发整改通知 from the 整改 page: the campaign, every squad it offers, the issue date and the
 * requirement; `beforeSubmit` sees the filled form (e.g. for a screenshot).
 */
export async function issueNotices(page: Page, input: { campaign: string; issuedOn: string; requirement: string; squads: number; beforeSubmit?: () => Promise<unknown> }) {
  await page.getByTestId('issue-notices').click()
  await pick(page, page.getByTestId('issue-campaign'), input.campaign)
  const squads = page.getByTestId('issue-squad')
  await squads.nth(input.squads - 1).waitFor()
  for (let i = 0; i < input.squads; i++) await squads.nth(i).click()
  await fillDate(page, 'issue-date', input.issuedOn)
  await page.getByTestId('issue-requirement').fill(input.requirement)
  await input.beforeSubmit?.()
  await page.getByTestId('issue-submit').click()
  await page.getByTestId('notice-row').nth(input.squads - 1).waitFor()
}

/**
 * 登记整改回复 on an open notice's page: the date, the note, what was done per problem, then
 * the squad's file; `beforeSave` sees the filled form.
 */
export async function recordReply(page: Page, input: { repliedOn: string; note: string; file: string; beforeSave?: () => Promise<unknown> }) {
  await page.getByTestId('notice-reply').click()
  await fillDate(page, 'reply-date', input.repliedOn)
  await page.getByTestId('reply-note').fill(input.note)
  for (const [i, box] of (await page.getByTestId('reply-problem').all()).entries()) await box.fill(`已补正（第${i + 1}项）`)
  await input.beforeSave?.()
  await page.getByTestId('reply-save').click()
  await page.getByTestId('notice-replied').waitFor()
  await chooseFiles(page, input.file, () => page.getByTestId('notice-add-files').click())
  await page.getByTestId('notice-file').first().waitFor()
}
