import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import type { Locale } from '../../../shared/contract/workspace'
import { zhCN, type Messages } from './zh-CN'
import { en } from './en'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Messages }
  }
}

const LOCALE_KEY = 'caseDesk.locale'

// The server keeps the chosen locale; the local copy only avoids a flash of the wrong language.
function initialLocale(): Locale {
  return localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'zh-CN'
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initialLocale(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  // Resources are bundled: initialise synchronously so the first render is already translated.
  initAsync: false,
})
applySideEffects(initialLocale())

function applySideEffects(locale: Locale) {
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn')
  document.documentElement.lang = locale
  document.title = i18n.t('app.name')
  localStorage.setItem(LOCALE_KEY, locale)
}

export async function applyLocale(locale: Locale): Promise<void> {
  await i18n.changeLanguage(locale)
  applySideEffects(locale)
}

export function currentLocale(): Locale {
  return i18n.language === 'en' ? 'en' : 'zh-CN'
}

export default i18n
