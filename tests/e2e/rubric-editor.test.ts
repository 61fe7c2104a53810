import { existsSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Dialog, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rubricSchema } from '../../shared/domain/rubric'
import { caseInput, openTestWorkspace, seedCampaign, seedRegistry, TEST_ADMIN, TEST_PASSWORD } from '../support/workspace'
import { launchApp, keepFailureScreens, type RunningApp } from './harness'
import { nth } from '../support/defined'

const DEFAULT_NAME = '城管行政处罚案卷（普通程序）评查标准'

let app: RunningApp
let page: Page
let dataDir: string
let shipped: unknown

// One case already scored against version 1, so the list has a use to show.
beforeAll(async () => {
  const ws = await openTestWorkspace()
  const { squadIds } = await seedRegistry(ws)
  const c = await ws.call('cases.create', caseInput(squadIds[0]))
  const { assignmentIds, rubricId } = await seedCampaign(ws, [c.id])
  await ws.call('evaluations.open', { assignmentId: assignmentIds[0] })
  shipped = (await ws.call('rubrics.get', { id: rubricId })).body
  await ws.app.close()
  dataDir = ws.dir
  app = await launchApp({ dataDir, account: { login: TEST_ADMIN.login, password: TEST_PASSWORD } })
  page = app.page
}, 120_000)
afterAll(async () => {
  await app?.close()
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})
keepFailureScreens(() => app)

const rows = () => page.getByTestId('rubric-row')
const row = (code: string, version: number) => page.locator(`[data-testid="rubric-row"][data-code="${code}"][data-version="${version}"]`)
const field = (path: string) => page.locator(`#rubric-field-${path}`)
const issues = () => page.getByTestId('rubric-issue')

/** Whether the page would hold a close or reload of the window (its beforeunload refuses). */
const unloadHeld = () =>
  page.evaluate(() => {
    const target = globalThis as unknown as EventTarget
    const event = new Event('beforeunload', { cancelable: true })
    target.dispatchEvent(event)
    return event.defaultPrevented
  })

async function openEditor(code: string, version: number) {
  await row(code, version).getByTestId('rubric-edit').click()
  await page.getByTestId('rubric-editor').waitFor()
  await page.getByTestId('rubric-valid').waitFor()
}

describe('the rubric editor, as the bureau lead uses it', () => {
  it('lists the default rubric with its version and the evaluations scored against it', async () => {
    await page.getByTestId('nav-settings').click()
    await row('penalty-ordinary', 1).waitFor()
    // Beside it the shipped rubrics for summary-procedure and compulsion cases, A/V records and complaints.
    await row('penalty-simple', 1).waitFor()
    await row('compulsion', 1).waitFor()
    await row('av-record', 1).waitFor()
    await row('complaint', 1).waitFor()
    expect(await rows().count()).toBe(5)
    const text = await row('penalty-ordinary', 1).innerText()
    expect(text).toContain(DEFAULT_NAME)
    expect(text).toContain('第 1 版')
    expect(text).toContain('现行')
    expect(text).toContain('1 条评查记录')
  })

  it('shows a section that no longer adds up, inline and in the summary, and will not publish', async () => {
    await openEditor('penalty-ordinary', 1)
    await app.screenshot('rubric-editor')
    expect(await page.getByTestId('rubric-publish').isDisabled()).toBe(true)
    await field('sections-0-items-0-maxPoints').fill('5')

    await expect.poll(() => issues().allInnerTexts()).toEqual(['评查项目 S1 › 分值：评查要点分值合计 11 分，与本项目分值 10 分不符'])
    const sectionPoints = page.locator('.ant-form-item-has-error', { has: field('sections-0-points') })
    expect(await sectionPoints.innerText()).toContain('评查要点分值合计 11 分，与本项目分值 10 分不符')
    expect(await page.getByTestId('rubric-section-S1').locator('xpath=ancestor::*[contains(@class,"ant-collapse-header")]').getByTestId('rubric-section-sum').innerText()).toBe(
      '要点合计 11 / 10 分',
    )
    expect(await page.getByTestId('rubric-dirty').isVisible()).toBe(true)
    expect(await page.getByTestId('rubric-publish').isDisabled()).toBe(true)
    // Picture the section with its error and the item that caused it.
    await page.locator('[data-item-id="S1.1"] .rubric-options').scrollIntoViewIfNeeded()
    await app.screenshot('rubric-editor-error')
  })

  it('takes a point from S1.3 instead; its range then exceeds the item, and fixing that allows publishing', async () => {
    await field('sections-0-items-2-maxPoints').fill('2')
    await expect.poll(() => issues().allInnerTexts()).toEqual([
      '评查项目 S1 › 评查要点 S1.3 › 扣分情形 unrecorded：扣分区间须满足 0 < 最低 ≤ 最高 ≤ 要点分值 2 分',
    ])
    // The summary leads to the field.
    await issues().first().click()
    await expect.poll(() => page.locator('#rubric-field-sections-0-items-2-deductions-0-min:focus').count()).toBe(1)
    await field('sections-0-items-2-deductions-0-max').fill('2')
    await page.getByTestId('rubric-valid').waitFor()
    expect(await page.getByTestId('rubric-publish').isDisabled()).toBe(false)
  })

  it('asks before leaving with unpublished changes, and keeps them when the lead stays', async () => {
    await page.getByTestId('nav-cases').click()
    await page.getByTestId('rubric-leave-cancel').click()
    expect(page.url()).toContain('rubric=')
    // The browser's back button is held the same way.
    await page.getByTestId('rubric-leave-cancel').waitFor({ state: 'detached' })
    await page.goBack()
    await page.getByTestId('rubric-leave-cancel').click()
    expect(page.url()).toContain('rubric=')
    expect(await field('sections-0-items-0-maxPoints').inputValue()).toBe('5')
  })

  it('asks before the window closes or reloads with unpublished changes, and keeps them when the lead stays', async () => {
    expect(await unloadHeld()).toBe(true)
    const dialogs: string[] = []
    const stay = (dialog: Dialog) => {
      dialogs.push(dialog.type())
      void dialog.dismiss()
    }
    page.on('dialog', stay)
    try {
      await page.close({ runBeforeUnload: true })
      await expect.poll(() => dialogs).toEqual(['beforeunload'])
    } finally {
      page.off('dialog', stay)
    }
    expect(page.isClosed()).toBe(false)
    expect(await field('sections-0-items-0-maxPoints').inputValue()).toBe('5')
  })

  it('publishes as version 2, saying that scored evaluations keep version 1', async () => {
    await page.getByTestId('rubric-publish').click()
    const confirm = page.locator('.ant-modal-confirm')
    await confirm.waitFor()
    expect(await confirm.innerText()).toContain('发布为第 2 版？')
    expect(await confirm.innerText()).toContain('仍按其评查时的版本计分')
    await page.getByTestId('rubric-publish-confirm').click()

    await row('penalty-ordinary', 2).waitFor()
    expect(await unloadHeld()).toBe(false)
    expect(await page.getByTestId('rubric-published').innerText()).toContain(`已发布「${DEFAULT_NAME}」第 2 版`)
    expect(await row('penalty-ordinary', 2).innerText()).toContain('现行')
    expect(await row('penalty-ordinary', 2).innerText()).toContain('未使用')
    expect(await row('penalty-ordinary', 1).innerText()).toContain('历史版本')
    expect(await row('penalty-ordinary', 1).innerText()).toContain('1 条评查记录')

    await openEditor('penalty-ordinary', 2)
    expect(await field('sections-0-items-0-maxPoints').inputValue()).toBe('5')
    expect(await field('sections-0-items-2-maxPoints').inputValue()).toBe('2')
  })

  it('turns a deduction into a range and adds an item, naming every blank until it is filled or removed', async () => {
    const irregular = page.locator('[data-item-id="S1.1"] [data-testid="rubric-option"]').nth(1)
    await irregular.locator('.ant-select').first().click()
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="区间扣分"]').click()
    expect(await field('sections-0-items-0-deductions-1-min').inputValue()).toBe('0.5')
    await expect.poll(() => issues().allInnerTexts()).toEqual(['评查项目 S1 › 评查要点 S1.1 › 扣分情形 irregular › 最高扣分：必填'])
    await field('sections-0-items-0-deductions-1-max').fill('1')
    await page.getByTestId('rubric-valid').waitFor()

    await field('sections-0-items').click()
    await page.locator('[data-item-id="S1.4"]').waitFor()
    await expect.poll(() => issues().allInnerTexts()).toEqual([
      '评查项目 S1 › 评查要点 S1.4 › 内容：必填',
      '评查项目 S1 › 评查要点 S1.4 › 英文：必填',
      '评查项目 S1 › 评查要点 S1.4 › 分值：必填',
      '评查项目 S1 › 评查要点 S1.4 › 扣分情形 o1 › 扣分情形：必填',
      '评查项目 S1 › 评查要点 S1.4 › 扣分情形 o1 › 英文：必填',
      '评查项目 S1 › 评查要点 S1.4 › 扣分情形 o1 › 分值：必填',
    ])
    expect(await page.getByTestId('rubric-publish').isDisabled()).toBe(true)
    await page.locator('[data-item-id="S1.4"] .rubric-item-remove button').click()
    await page.locator('.ant-popconfirm-buttons .ant-btn-primary').click()
    await page.getByTestId('rubric-valid').waitFor()
    expect(await page.locator('[data-item-id="S1.4"]').count()).toBe(0)
  })

  it('leaves the editor after the lead agrees to drop a change', async () => {
    await field('name').fill('临时名称')
    expect(await unloadHeld()).toBe(true)
    await page.getByTestId('rubric-back').click()
    await page.getByTestId('rubric-leave-confirm').click()
    await row('penalty-ordinary', 2).waitFor()
    expect(await unloadHeld()).toBe(false)
    expect(await page.locator('body').innerText()).not.toContain('临时名称')
  })

  it('copies version 2 as a special rubric under a new code', async () => {
    await row('penalty-ordinary', 2).getByTestId('rubric-duplicate').click()
    await page.getByTestId('rubric-duplicate-code').fill('Compulsion Rubric')
    await page.getByTestId('rubric-duplicate-name').fill('城管行政强制案卷评查标准')
    await page.getByTestId('rubric-duplicate-submit').click()
    await page.getByText('代码只能由小写字母、数字和连字符组成，如 compulsion').waitFor()
    await page.getByTestId('rubric-duplicate-code').fill('penalty-ordinary')
    await page.getByText('代码 penalty-ordinary 已被使用').waitFor()
    await page.getByTestId('rubric-duplicate-code').fill('compulsion')
    await page.getByText('代码 compulsion 已被使用').waitFor()
    await page.getByTestId('rubric-duplicate-code').fill('compulsion-demolition')
    await page.getByTestId('rubric-duplicate-submit').click()

    await row('compulsion-demolition', 1).waitFor()
    expect(await row('compulsion-demolition', 1).innerText()).toContain('城管行政强制案卷评查标准')
    expect(await rows().count()).toBe(7)
  })

  it('exports JSON: the file is written to the exports folder, downloads, and reads back as a rubric', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), row('compulsion-demolition', 1).getByTestId('rubric-export').click()])
    const where = await page.getByTestId('rubric-export-path').innerText()
    const filePath = where.replace(/^文件保存在：/, '')
    expect(filePath.startsWith(join(dataDir, 'exports'))).toBe(true)
    expect(existsSync(filePath)).toBe(true)
    const written = rubricSchema.parse(JSON.parse(await readFile(filePath, 'utf8')))
    expect(written).toMatchObject({ code: 'compulsion-demolition', name: '城管行政强制案卷评查标准', version: 1 })
    expect(written.sections[0]?.items[0]?.maxPoints).toBe(5)
    const downloaded = JSON.parse(await readFile((await download.path())!, 'utf8'))
    expect(downloaded).toEqual(JSON.parse(await readFile(filePath, 'utf8')))
  })

  it('refuses a broken JSON file with the problem named, and changes nothing', async () => {
    const broken = structuredClone(shipped) as { sections: { items: { maxPoints: number }[] }[] }
    nth(nth(broken.sections, 1).items, 0).maxPoints = 4
    await page.getByTestId('rubric-import-input').setInputFiles({ name: '评查标准-有误.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) })
    const error = page.getByTestId('rubric-import-error')
    await error.waitFor()
    expect(await error.innerText()).toBe('输入有误：评查项目 S2 › 分值：评查要点分值合计 24 分，与本项目分值 25 分不符')
    expect(await page.locator('.ant-modal-confirm').innerText()).toContain('未能导入 评查标准-有误.json')
    await app.screenshot('rubric-import-error')
    await page.locator('.ant-modal-confirm .ant-btn').click()

    await page.getByTestId('rubric-import-input').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"code": "x",') })
    await expect.poll(() => error.innerText()).toMatch(/^输入有误：文件不是评查标准文件，内容无法读取/)
    await page.locator('.ant-modal-confirm .ant-btn').click()
    expect(await rows().count()).toBe(7)
  })

  it('imports a good file as the next version of its code', async () => {
    await page.getByTestId('rubric-import-input').setInputFiles({ name: 'default.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(shipped)) })
    await row('penalty-ordinary', 3).waitFor()
    expect(await rows().count()).toBe(8)
    await app.screenshot('rubric-list')
  })
})
