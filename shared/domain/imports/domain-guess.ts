import { ENFORCEMENT_DOMAINS } from '../../contract/cases'

export type EnforcementDomain = (typeof ENFORCEMENT_DOMAINS)[number]

// Words of a 案由 that name its field of enforcement; checked in this order.
const KEYWORDS: [EnforcementDomain, RegExp][] = [
  ['muck_transport', /渣土|建筑垃圾.*运输|运输.*建筑垃圾|泥浆|未密闭|撒漏|沿途泄漏|处置证/],
  ['household_waste', /生活垃圾|垃圾分类|分类投放|混装|混运|垃圾桶|收集容器|厨余|湿垃圾|干垃圾|可回收物/],
  ['illegal_construction', /违法建筑|违章建筑|违建|搭建|擅自改建|擅自扩建|规划许可|拆除/],
  ['construction_site', /工地|施工|扬尘|围挡|夜间作业|车辆冲洗/],
  ['housing_market', /房产|房地产|房屋中介|经纪|群租|租赁|物业服务|商品房|售房|住宅/],
  ['ecology', /油烟|噪声|噪音|露天焚烧|焚烧|烧烤|排放|污水|污染|餐饮/],
  ['street_appearance', /设摊|摆摊|跨门|占道|张贴|涂写|刻画|广告|招牌|店招|晾晒|市容|景观|户外|堆放|乱扔|绿化/],
]

/** The enforcement domain a violation belongs to: the discretion baseline's own entry first, then its words. */
export function guessDomain(violation: string, baseline: ReadonlyMap<string, EnforcementDomain>): EnforcementDomain | null {
  const text = violation.trim()
  if (text === '') return null
  const exact = baseline.get(text)
  if (exact) return exact
  for (const [name, domain] of baseline) if (name.length >= 4 && text.includes(name)) return domain
  for (const [domain, words] of KEYWORDS) if (words.test(text)) return domain
  return null
}
