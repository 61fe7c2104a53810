import i18next, { type TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { describeOpenError } from '../../renderer/src/viewer/errors'
import { zhCN } from '../../renderer/src/i18n/zh-CN'
import { en } from '../../renderer/src/i18n/en'

const i18n = i18next.createInstance()
void i18n.init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: 'zh-CN',
  interpolation: { escapeValue: false },
  initAsync: false,
})
const t = i18n.getFixedT('zh-CN') as TFunction

/** pdf.js rejects with objects of these names and English messages. */
const pdfjsError = (name: string, message: string) => Object.assign(new Error(message), { name })

describe('why the viewer could not open a file', () => {
  it.each([
    ['InvalidPDFException', 'Invalid PDF structure.'],
    ['FormatError', 'Bad FCHECK in flate stream: 120, 253'],
    ['UnknownErrorException', 'Unexpected server response (0) while retrieving PDF'],
    ['TypeError', "Cannot read properties of undefined (reading 'num')"],
  ])('%s: advice in Chinese, the engine’s words only in the detail', (name, message) => {
    const { message: sentence, detail } = describeOpenError(t, pdfjsError(name, message))
    // PDF is the format's name; nothing else may be Latin script.
    expect(sentence.replaceAll('PDF', '')).not.toMatch(/[A-Za-z]{3,}/)
    expect(sentence).toMatch(/重新扫描|重新导出|重新打开/)
    expect(detail).toContain(message)
  })

  it('gives the HTTP status of a missing file, and no detail for a password', () => {
    expect(describeOpenError(t, Object.assign(pdfjsError('ResponseException', 'Missing PDF'), { status: 404 })).message).toContain('404')
    expect(describeOpenError(t, pdfjsError('PasswordException', 'No password given')).detail).toBeNull()
  })
})
