import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchApp, keepFailureScreens, type RunningApp } from './harness'
import { addReviewer, FIRST_ADMIN, goTo, openPeople, startEmpty } from './steps/people'
import { openAccount, signIn, signOut } from './steps/auth'

// 从空白开始 with accounts: the first administrator, a reviewer's account, roles, the lock.

let app: RunningApp
let page: Page

beforeAll(async () => {
  app = await launchApp()
  page = app.page
}, 120_000)
afterAll(() => app?.close())
keepFailureScreens(() => app, 'accounts-')

describe('accounts and roles from an empty install', () => {
  it('makes whoever starts empty the administrator and a lead, signed in', async () => {
    await page.getByTestId('start-empty').waitFor()
    await startEmpty(page, { reviewerName: '王敏', beforeSubmit: () => app.screenshot('accounts-01-first-admin') })
    const me = page.getByTestId('reviewer-name')
    expect(await me.getAttribute('data-login')).toBe(FIRST_ADMIN.login)
    expect(await me.innerText()).toContain('组长、管理员')
  }, 120_000)

  it('opens an account for a reviewer, who must change the initial password and cannot open the settings', async () => {
    await openPeople(page)
    await addReviewer(page, { name: '李强', squad: '夏阳街道中队' })
    await openAccount(page, '李强', 'liqiang', 'initial-pass-1')
    const row = page.locator('[data-testid="account-row"][data-login="liqiang"]')
    expect(await row.innerText()).toContain('待修改初始密码')
    await app.screenshot('accounts-02-accounts-tab')
    await signOut(page)
    await app.screenshot('accounts-03-sign-in')
    await signIn(page, 'liqiang', 'initial-pass-1')
    expect(await page.getByTestId('reviewer-name').innerText()).toContain('评查员')
    expect(await page.getByTestId('nav-settings').count()).toBe(0)
    await goTo(page, '/settings?tab=accounts')
    await page.getByTestId('settings-no-access').waitFor()
    await app.screenshot('accounts-04-reviewer-no-settings')
  }, 120_000)

  it('refuses a wrong password in words, and locks the screen without losing the page', async () => {
    await signOut(page)
    await page.getByTestId('sign-in-login').fill(FIRST_ADMIN.login)
    await page.getByTestId('sign-in-password').fill('not-the-password')
    await page.getByTestId('sign-in-submit').click()
    await page.getByText('账号或密码不正确').waitFor()
    await signIn(page, FIRST_ADMIN.login, FIRST_ADMIN.password)
    await goTo(page, '/cases')
    await page.getByTestId('case-new').waitFor()
    await page.getByTestId('account-menu').click()
    await page.getByTestId('lock-screen').click()
    await page.getByTestId('idle-locked').waitFor()
    // The window's pages stay mounted behind the card, blurred, and come back as they were.
    expect(await page.locator('.app-locked [data-testid="nav-cases"]').count()).toBe(1)
    await app.screenshot('accounts-05-locked')
    await page.getByTestId('sign-in-password').fill(FIRST_ADMIN.password)
    await page.getByTestId('sign-in-submit').click()
    await page.getByTestId('case-new').waitFor()
    expect(await page.locator('.app-locked').count()).toBe(0)
  }, 120_000)
})
