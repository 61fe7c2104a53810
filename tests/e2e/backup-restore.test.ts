import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../../electron/backend/services/backend'
import { damagePages } from '../support/damage'
import { launchApp, keepFailureScreens, type RunningApp } from './harness'
import { addOfficer, FIRST_ADMIN, goTo, officerRow, openPeople, startEmpty } from './steps/people'
import { signIn } from './steps/auth'

// 备份与恢复: back up from the settings page, lose the database to a damaged disk, restore it.

let app: RunningApp
let page: Page
let dataDir: string

const BACKED_UP = { name: '顾晓东', badgeNumber: '31118010021', squad: '机动中队' }
const AFTER_BACKUP = { name: '孙丽', badgeNumber: '31118010022', squad: '机动中队' }

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'review-desk-backup-e2e-'))
  app = await launchApp({ dataDir })
  page = app.page
}, 120_000)
afterAll(async () => {
  await app?.close()
  await rm(dataDir, { recursive: true, force: true })
})
keepFailureScreens(() => app, 'backup-')

describe('备份与恢复: a damaged database is refused and restored from the backup', () => {
  it('backs up from the settings page after a change', async () => {
    await page.getByTestId('start-empty').waitFor()
    await startEmpty(page, { reviewerName: '王敏' })
    await openPeople(page)
    await addOfficer(page, BACKED_UP)

    await goTo(page, '/settings?tab=backups')
    await page.getByTestId('backups-tab').waitFor()
    expect(await page.getByTestId('backup-last').innerText()).toBe('还没有备份')
    await page.getByTestId('backup-now').click()
    await page.getByTestId('backup-row').first().waitFor()
    expect(await page.getByTestId('backup-row').count()).toBe(1)
    const row = await page.getByTestId('backup-row').first().innerText()
    expect(row).toContain('手动')
    expect(row).toContain('已校验')
    expect(await page.getByTestId('backup-last').innerText()).toMatch(/^最近一次备份：\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    await app.screenshot('backup-01-settings')

    // A change after the backup: the restore will not bring it back.
    await openPeople(page)
    await addOfficer(page, AFTER_BACKUP)
  }, 120_000)

  it('refuses the damaged database on the next start and offers the backup', async () => {
    await app.close()
    await damagePages(join(dataDir, DATABASE_FILE))
    app = await launchApp({ dataDir })
    page = app.page
    const recovery = page.getByTestId('recovery-page')
    await recovery.waitFor({ timeout: 30_000 })
    expect(await recovery.getAttribute('data-reason')).toBe('damaged')
    expect(await page.getByTestId('recovery-title').innerText()).toBe('数据库文件已损坏')
    // No other page is reachable: no menu, and a link to the cases still shows the recovery screen.
    expect(await page.locator('.ant-layout-sider, .ant-menu').count()).toBe(0)
    await goTo(page, '/cases')
    await page.waitForTimeout(300)
    expect(await recovery.isVisible()).toBe(true)
    expect(await page.getByTestId('backup-row').count()).toBe(1)
    await app.screenshot('backup-02-recovery')
    // The same screen in English, switched on the screen itself (the database that keeps the language cannot be read).
    await page.getByTestId('lang-switch').click()
    await page.getByText('The database file is damaged').waitFor()
    await app.screenshot('backup-02-recovery-en')
    await page.getByTestId('lang-switch').click()
    await page.getByText('数据库文件已损坏').waitFor()
  }, 120_000)

  it('restores the backup: the change made before it is there, the damaged file kept aside', async () => {
    await page.getByTestId('backup-restore').first().click()
    await page.getByTestId('backup-restore-confirm').click()
    await page.getByTestId('recovery-page').waitFor({ state: 'detached', timeout: 30_000 })
    // The restored workspace asks who is there: the accounts were in the database that could not be read.
    await signIn(page, FIRST_ADMIN.login, FIRST_ADMIN.password)
    await openPeople(page)
    await officerRow(page, BACKED_UP.name).waitFor()
    expect(await officerRow(page, AFTER_BACKUP.name).count()).toBe(0)
    await officerRow(page, BACKED_UP.name).scrollIntoViewIfNeeded()
    await app.screenshot('backup-03-restored')
    const files = await readdir(dataDir)
    expect(files.filter((f) => /^review-desk\.before-restore .+\.sqlite$/.test(f))).toHaveLength(1)
    expect(await readdir(join(dataDir, 'restores'))).toHaveLength(1)
  }, 120_000)
})
