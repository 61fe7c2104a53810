import type { Page } from 'playwright-core'
import { DEMO_PASSWORD } from '../../../electron/backend/demo/record-vocabulary'
import { goTo, pick } from './people'

/** The demo's accounts (login = name) and the password every one of them has. */
export const DEMO = { lead: '王敏', password: DEMO_PASSWORD } as const

/**
 * The accounts a spec has opened, by the person's name; anyone else is taken for a demo account.
 * A spec runs in one process, so this is that spec's list.
 */
const accounts = new Map<string, { login: string; password: string }>()
export function knowAccount(name: string, login: string, password: string) {
  accounts.set(name, { login, password })
}
const accountOf = (name: string) => accounts.get(name) ?? { login: name, password: DEMO_PASSWORD }

/**
 * Signs in on the sign-in screen and waits until the app shows who is signed in. An initial
 * password set by an administrator is replaced first, as the app asks.
 */
export async function signIn(page: Page, login: string, password: string = DEMO_PASSWORD) {
  await page.getByTestId('sign-in-login').fill(login)
  await page.getByTestId('sign-in-password').fill(password)
  await page.getByTestId('sign-in-submit').click()
  const changePassword = page.getByTestId('current-password-input')
  await Promise.race([page.getByTestId('account-menu').waitFor(), changePassword.waitFor()])
  if (await changePassword.isVisible()) {
    const own = `${password}-own`
    await changePassword.fill(password)
    await page.getByTestId('next-input').fill(own)
    await page.getByTestId('next-repeat-input').fill(own)
    await page.getByTestId('change-password-submit').click()
    await page.getByTestId('account-menu').waitFor()
    for (const [name, a] of accounts) if (a.login === login) accounts.set(name, { login, password: own })
  }
}

export async function signOut(page: Page) {
  await page.getByTestId('account-menu').click()
  await page.getByTestId('sign-out').click()
  await page.getByTestId('sign-in-login').waitFor()
}

/** The named person takes the PC: whoever is signed in signs out, and they sign in. */
export async function switchReviewer(page: Page, name: string) {
  if ((await page.getByTestId('reviewer-name').getAttribute('data-reviewer')) === name) return
  await signOut(page)
  const { login, password } = accountOf(name)
  await signIn(page, login, password)
  await page.locator(`[data-testid="reviewer-name"][data-reviewer="${name}"]`).waitFor()
}

/** 设置 → 账号与安全 → 新建账号 for a reviewer already registered; they change the password at first sign-in. */
export async function openAccount(page: Page, name: string, login: string, password: string) {
  await goTo(page, '/settings?tab=accounts')
  await page.getByTestId('account-add').click()
  await pick(page, page.getByTestId('account-reviewer'), name)
  await page.getByTestId('account-login').fill(login)
  await page.getByTestId('password-input').fill(password)
  await page.getByTestId('password-repeat-input').fill(password)
  await page.getByTestId('account-save').click()
  await page.locator(`[data-testid="account-row"][data-login="${login}"]`).waitFor()
  knowAccount(name, login, password)
}
