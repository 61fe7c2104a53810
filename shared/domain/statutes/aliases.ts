/**
 * Short names under which decisions cite laws. The national prefix 中华人民共和国 is handled by rule
 * (《行政处罚法》 → 《中华人民共和国行政处罚法》); this table is for names a rule cannot guess.
 * Keep it conservative: the State Council's 《城市市容和环境卫生管理条例》 is a different law from
 * Shanghai's 《上海市市容环境卫生管理条例》, so neither stands in for the other.
 */
export const LAW_ALIASES: Readonly<Record<string, string>> = {
  行政处罚法: '中华人民共和国行政处罚法',
  行政强制法: '中华人民共和国行政强制法',
  上海市市容条例: '上海市市容环境卫生管理条例',
  上海市市容环卫条例: '上海市市容环境卫生管理条例',
  上海市城管执法条例: '上海市城市管理行政执法条例',
}

const NATIONAL_PREFIX = '中华人民共和国'

/**
 * A written title tidied for lookup: no brackets or spaces, 〈〉 nesting kept, a trailing version
 * note such as （2021年修订） dropped, known aliases expanded.
 */
export function canonicalLawTitle(written: string): string {
  let title = written.replace(/[《》\s\u3000]/g, '')
  title = title.replace(/[（(][^（）()]*(?:修订|修正|修改|年)[^（）()]*[)）]$/, '')
  return LAW_ALIASES[title] ?? title
}

/** A comparison key under which 《行政处罚法》 and 《中华人民共和国行政处罚法》 are the same law. */
export function lawKey(written: string): string {
  const title = canonicalLawTitle(written)
  return title.startsWith(NATIONAL_PREFIX) ? title.slice(NATIONAL_PREFIX.length) : title
}

/** The titles under which a library may hold the law a text names, most likely first. */
export function candidateLawTitles(written: string): string[] {
  const title = canonicalLawTitle(written)
  const candidates = [title]
  if (title.startsWith(NATIONAL_PREFIX)) candidates.push(title.slice(NATIONAL_PREFIX.length))
  else candidates.push(NATIONAL_PREFIX + title)
  return candidates
}
