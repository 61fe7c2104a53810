/**
 * Names shown to an audience beyond the supervision section: a person keeps the surname
 * (张** / 欧阳**), an organisation keeps its first two characters and its legal form
 * (上海**有限公司). The mask has a fixed length so it does not give away the name's.
 */
const MASK = '**'

// Two-character surnames, longest match first; the rest are taken as one character.
const COMPOUND_SURNAMES = [
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯',
  '令狐', '端木', '西门', '南宫', '独孤', '呼延', '轩辕', '申屠', '澹台', '太史', '闻人', '百里', '万俟',
]

// The legal or business form an organisation's name ends with, longest first.
const ORGANIZATION_FORMS = [
  '股份有限公司', '有限责任公司', '个体工商户', '有限公司', '分公司', '合作社', '事务所', '经营部', '门市部',
  '工作室', '集团', '公司', '商行', '中心', '酒店', '餐厅', '超市', '市场', '商店', '饭店', '工厂', '厂', '店', '部', '馆', '院', '所',
]

function organizationForm(name: string): string | null {
  // A short name ending in 店 or 所, or one written with ·, is more likely a person's.
  if (name.length < 5 || name.includes('·')) return null
  return ORGANIZATION_FORMS.find((form) => name.endsWith(form)) ?? null
}

/** One name masked: 张三丰 → 张**, 上海恒达商贸有限公司 → 上海**有限公司. */
export function maskName(raw: string): string {
  const name = raw.trim()
  if (name === '') return ''
  const chars = [...name]
  if (chars.length === 1) return '*'
  const form = organizationForm(name)
  if (form) {
    // A long name begins with its place (上海, 青浦区); a short one with its brand, which is hidden.
    const keep = chars.length - [...form].length >= 5 ? 2 : 1
    return chars.slice(0, keep).join('') + MASK + form
  }
  const surname = COMPOUND_SURNAMES.find((s) => name.startsWith(s) && chars.length > 2) ?? chars[0]
  return surname + MASK
}

/**
 * Every occurrence of the given names in a text masked, so free text (a reviewer's reason, a
 * bulletin's paragraph) does not show what the name fields hide. Longer names go first, so
 * 张三丰 is masked whole before 张三 is looked for.
 */
export function maskNamesIn(text: string, names: Iterable<string>): string {
  const distinct = [...new Set([...names].map((n) => n.trim()).filter((n) => [...n].length >= 2))].sort((a, b) => b.length - a.length)
  if (distinct.length === 0 || text === '') return text
  // One pass over the text, so a mask is never matched again by a shorter name.
  const pattern = new RegExp(distinct.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g')
  return text.replace(pattern, (found) => maskName(found))
}
