import type { IFontAttributesProperties } from 'docx'

/**
 * The typefaces of GB/T 9704 and the name each falls back to where it is missing (Word and WPS
 * read `w:altName` from the font table). Every run names its font for all scripts, so neither
 * program substitutes a theme font.
 */
export const FONTS = {
  title: { name: '方正小标宋简体', altName: '华文中宋', panose: '02000000000000000000', family: 'auto', pitch: 'variable' },
  body: { name: '仿宋_GB2312', altName: '仿宋', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  heading1: { name: '黑体', altName: 'SimHei', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  heading2: { name: '楷体_GB2312', altName: '楷体', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  song: { name: '宋体', altName: 'SimSun', panose: '02010600030101010101', family: 'auto', pitch: 'variable' },
} as const

export type FontKey = keyof typeof FONTS

/** One face for every script of a run. */
export function runFont(key: FontKey): IFontAttributesProperties {
  const name = FONTS[key].name
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name }
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

/** word/fontTable.xml listing the faces with their fallbacks and the GB2312 character set. */
export function fontTableXml(): string {
  const fonts = Object.values(FONTS)
    .map(
      (f) =>
        `<w:font w:name="${escape(f.name)}"><w:altName w:val="${escape(f.altName)}"/><w:panose1 w:val="${f.panose}"/>` +
        `<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
    )
    .join('')
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`
  )
}
