/** Rubric texts carry a Chinese original and an optional English version. */
export function localized(language: string, zh: string, en: string | undefined): string {
  return language === 'en' && en ? en : zh
}
