import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useRunningApp, type RunningApp } from './harness'
import { addOfficer, addReviewer, addSquad, goTo, officerRow, openPeople, pick, reviewerRow, squadRow, startEmpty } from './steps/people'
import { openAccount, switchReviewer } from './steps/auth'

let app: RunningApp
let page: Page

useRunningApp((running) => {
  app = running
  page = running.page
}, 'people-')

describe('from an empty install: squads, officers and reviewers, then a case with its officer', () => {
  it('starts empty without the default squads', async () => {
    await page.getByTestId('start-empty').waitFor()
    await startEmpty(page, {
      reviewerName: '周萍',
      withDefaultSquads: false,
      beforeSubmit: async () => {
        expect(await page.locator('label').filter({ has: page.getByTestId('with-default-squads') }).innerText()).toBe('载入本区默认中队（12个）')
        await app.screenshot('people-setup-empty')
      },
    })
    await openPeople(page)
    expect(await page.getByTestId('squad-row').count()).toBe(0)
    expect(await page.getByTestId('people-squads').innerText()).toContain('还没有中队')
    await app.screenshot('people-tab-empty')
  }, 60_000)

  it('adds a squad, and refuses a second one of the same name', async () => {
    await addSquad(page, { name: '夏阳街道中队', kind: 'street' }, { beforeSave: () => app.screenshot('people-squad-modal') })
    expect(await squadRow(page, '夏阳街道中队').innerText()).toContain('街道中队')
    await page.getByTestId('squad-add').click()
    await page.getByTestId('squad-name').fill(' 夏阳街道中队 ')
    await page.getByTestId('squad-save').click()
    await expect.poll(() => page.locator('.ant-message').innerText()).toContain('已有名为“夏阳街道中队”的中队')
    await page.keyboard.press('Escape')
    await page.getByTestId('squad-form').waitFor({ state: 'detached' })
    expect(await page.getByTestId('squad-row').count()).toBe(1)
  }, 60_000)

  it('adds a second squad and moves it to the top', async () => {
    await addSquad(page, { name: '机动中队', kind: 'mobile' })
    const names = () => page.getByTestId('squad-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name')))
    expect(await names()).toEqual(['夏阳街道中队', '机动中队'])
    await squadRow(page, '机动中队').getByTestId('squad-up').click()
    await expect.poll(names).toEqual(['机动中队', '夏阳街道中队'])
  }, 60_000)

  it('adds two officers, one certified with certificate number and expiry', async () => {
    await addOfficer(
      page,
      { name: '张伟', badgeNumber: '31118020107', squad: '夏阳街道中队', certified: true, certificateNumber: 'SH-2021-0107', certificateExpiresOn: '2027-06-30' },
      { beforeSave: () => app.screenshot('people-officer-drawer') },
    )
    await addOfficer(page, { name: '李娜', badgeNumber: '31118020114', squad: '夏阳街道中队', certified: false })
    const zhang = await officerRow(page, '张伟').innerText()
    expect(zhang).toContain('31118020107')
    expect(zhang).toContain('SH-2021-0107')
    expect(zhang).toContain('2027-06-30')
    expect(await officerRow(page, '李娜').innerText()).toContain('无执法资格')
    // The squad now counts its officers.
    expect(await squadRow(page, '夏阳街道中队').innerText()).toMatch(/\b2\b/)
  }, 60_000)

  it('adds a reviewer of that squad; the lead’s own row says signed in', async () => {
    await addReviewer(page, { name: '陈静', role: 'reviewer', squad: '夏阳街道中队', officer: '李娜' }, { beforeSave: () => app.screenshot('people-reviewer-drawer') })
    const row = await reviewerRow(page, '陈静').innerText()
    expect(row).toContain('夏阳街道中队')
    expect(row).toContain('李娜')
    expect(await reviewerRow(page, '周萍').innerText()).toContain('当前登录')
    await app.screenshot('people-tab')
    await page.setViewportSize({ width: 1366, height: 768 })
    await app.screenshot('people-tab-1366')
    await page.setViewportSize({ width: 1440, height: 900 })
  }, 60_000)

  it('deactivates an officer: the case form no longer offers them', async () => {
    await officerRow(page, '李娜').getByTestId('officer-toggle').click()
    await page.getByTestId('people-confirm-ok').click()
    await expect.poll(() => officerRow(page, '李娜').getAttribute('data-active')).toBe('false')
    expect(await officerRow(page, '李娜').innerText()).toContain('已停用')
  }, 60_000)

  it('creates a case by hand and picks its officer in the case form', async () => {
    await goTo(page, '/cases')
    await page.getByTestId('case-new').click()
    await page.getByTestId('field-caseNumber').fill('青城管罚字〔2024〕第02001号')
    await page.getByTestId('field-party').fill('上海某某餐饮有限公司')
    await pick(page, page.getByTestId('field-domain'), '街面市容')
    await pick(page, page.getByTestId('field-squad'), '夏阳街道中队')
    await page.getByTestId('field-officers').click()
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option')
    // The list follows the squad just picked: wait for it to settle on that squad's active officers.
    await expect.poll(() => options.allInnerTexts()).toEqual(['张伟（31118020107）'])
    await options.filter({ hasText: '张伟' }).click()
    await page.keyboard.press('Escape')
    await app.screenshot('people-case-form')
    await page.getByTestId('case-form-submit').click()
    await page.getByTestId('case-number').first().waitFor()
    await expect.poll(() => page.locator('body').innerText()).toContain('张伟（31118020107）')
    await app.screenshot('people-case-page')
  }, 60_000)

  it('reads in English after the language switch', async () => {
    await openPeople(page)
    await page.getByTestId('lang-switch').click()
    await expect.poll(() => page.getByTestId('people-squads').innerText()).toContain('Squads')
    expect(await page.getByTestId('people-officers').innerText()).toContain('valid until 2027-06-30')
    expect(await page.getByTestId('people-reviewers').innerText()).toContain('Signed in')
    await app.screenshot('people-tab-en')
    await officerRow(page, '张伟').getByTestId('officer-edit').click()
    await page.getByTestId('officer-form').waitFor()
    await app.screenshot('people-officer-drawer-en')
    await page.keyboard.press('Escape')
    await page.getByTestId('lang-switch').click()
    await expect.poll(() => page.getByTestId('people-squads').innerText()).toContain('中队')
  }, 60_000)

  it('keeps a reviewer who is not a lead out of the settings', async () => {
    await openAccount(page, '陈静', 'chenjing', 'initial-pass-1')
    await switchReviewer(page, '陈静')
    expect(await page.getByTestId('nav-settings').count()).toBe(0)
    await goTo(page, '/settings?tab=people')
    await page.getByTestId('settings-no-access').waitFor()
    expect(await page.getByTestId('settings-no-access').innerText()).toContain('陈静')
    await app.screenshot('people-tab-reviewer')
  }, 60_000)
})

