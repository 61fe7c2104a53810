import type { Locator, Page } from 'playwright-core'
import { knowAccount } from './auth'

/** UI steps of 设置 → 机构与人员 and the first start, for specs that begin from an empty install. */

export interface OfficerInput {
  name: string
  badgeNumber: string
  squad: string
  certified?: boolean
  certificateNumber?: string
  /** YYYY-MM-DD */
  certificateExpiresOn?: string
}

export interface ReviewerInput {
  name: string
  role?: 'reviewer' | 'lead'
  squad?: string
  /** The officer's name, as the picker lists it. */
  officer?: string
}

const ROLE_LABELS = { reviewer: '评查员', lead: '组长' } as const

/** Picks an option of an antd Select by its visible text. */
export async function pick(page: Page, select: Locator, text: string) {
  await select.click()
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click()
  // Let the list fade out, so the next picker's options are not confused with these.
  for (let i = 0; i < 40 && (await page.locator('.ant-select-dropdown:visible').count()) > 0; i++) await page.waitForTimeout(50)
}

async function fillDate(picker: Locator, iso: string) {
  // The test id lands on the picker's input or on its wrapper, depending on the antd version.
  const input = picker.locator('xpath=self::input | .//input').first()
  await input.click()
  await input.fill(iso)
  await input.press('Enter')
}

/** The first administrator's account in specs that start empty. */
export const FIRST_ADMIN = { login: 'wangmin', password: 'e2e-password-1' } as const

/**
 * 从空白开始 on the setup page, with or without the district's default squads, as the first
 * administrator (signed in at once); lands on the case list.
 */
export async function startEmpty(page: Page, options: { reviewerName: string; withDefaultSquads?: boolean; beforeSubmit?: () => Promise<unknown> }) {
  await page.getByTestId('start-empty').click()
  await page.getByTestId('reviewer-name-input').fill(options.reviewerName)
  await page.getByTestId('admin-login-input').fill(FIRST_ADMIN.login)
  await page.getByTestId('password-input').fill(FIRST_ADMIN.password)
  await page.getByTestId('password-repeat-input').fill(FIRST_ADMIN.password)
  knowAccount(options.reviewerName, FIRST_ADMIN.login, FIRST_ADMIN.password)
  const box = page.getByTestId('with-default-squads')
  if ((await box.isChecked()) !== (options.withDefaultSquads ?? true)) await box.click()
  await options.beforeSubmit?.()
  await page.getByTestId('start-empty-submit').click()
  await page.getByTestId('case-new').waitFor()
}

/** Follows an in-app link: only the hash changes, as the app's own navigation does. */
export async function goTo(page: Page, hash: string) {
  await page.evaluate((h) => {
    ;(globalThis as unknown as { location: { hash: string } }).location.hash = h
  }, hash)
}

export async function openPeople(page: Page) {
  await goTo(page, '/settings?tab=people')
  await page.getByTestId('people-tab').waitFor()
}

export const squadRow = (page: Page, name: string) => page.locator(`[data-testid="squad-row"][data-name="${name}"]`)
export const officerRow = (page: Page, name: string) => page.locator(`[data-testid="officer-row"][data-name="${name}"]`)
export const reviewerRow = (page: Page, name: string) => page.locator(`[data-testid="reviewer-row"][data-name="${name}"]`)

/** Adds a squad on the open 机构与人员 tab. */
export async function addSquad(page: Page, squad: { name: string; kind: 'mobile' | 'street' | 'town' }, options: { beforeSave?: () => Promise<unknown> } = {}) {
  const kinds = { mobile: '机动中队', street: '街道中队', town: '镇中队' }
  await page.getByTestId('squad-add').click()
  await page.getByTestId('squad-name').fill(squad.name)
  await pick(page, page.getByTestId('squad-kind'), kinds[squad.kind])
  await options.beforeSave?.()
  await page.getByTestId('squad-save').click()
  await squadRow(page, squad.name).waitFor()
  await page.getByTestId('squad-form').waitFor({ state: 'detached' })
}

/** Adds an officer on the open 机构与人员 tab. */
export async function addOfficer(page: Page, officer: OfficerInput, options: { beforeSave?: () => Promise<unknown> } = {}) {
  await page.getByTestId('officer-add').click()
  await page.getByTestId('officer-name').fill(officer.name)
  await page.getByTestId('officer-badge').fill(officer.badgeNumber)
  await pick(page, page.getByTestId('officer-squad'), officer.squad)
  const certified = officer.certified ?? true
  await page.getByTestId('officer-certified').getByText(certified ? '持有执法证' : '无执法资格').click()
  if (certified && officer.certificateNumber) await page.getByTestId('officer-certificate-number').fill(officer.certificateNumber)
  if (certified && officer.certificateExpiresOn) await fillDate(page.getByTestId('officer-certificate-expires'), officer.certificateExpiresOn)
  await options.beforeSave?.()
  await page.getByTestId('officer-save').click()
  await officerRow(page, officer.name).waitFor()
  await page.getByTestId('officer-form').waitFor({ state: 'detached' })
}

/** Adds a reviewer on the open 机构与人员 tab. */
export async function addReviewer(page: Page, reviewer: ReviewerInput, options: { beforeSave?: () => Promise<unknown> } = {}) {
  await page.getByTestId('reviewer-add').click()
  await page.getByTestId('reviewer-name-field').fill(reviewer.name)
  await page.getByTestId('reviewer-role').getByText(ROLE_LABELS[reviewer.role ?? 'reviewer']).click()
  if (reviewer.squad) await pick(page, page.getByTestId('reviewer-squad'), reviewer.squad)
  if (reviewer.officer) await pick(page, page.getByTestId('reviewer-officer'), reviewer.officer)
  await options.beforeSave?.()
  await page.getByTestId('reviewer-save').click()
  await reviewerRow(page, reviewer.name).waitFor()
  await page.getByTestId('reviewer-form').waitFor({ state: 'detached' })
}
