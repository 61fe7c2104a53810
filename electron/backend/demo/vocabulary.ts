import type { ENFORCEMENT_DOMAINS } from '../../../shared/contract/cases'
import { DEFAULT_SQUADS, type DefaultSquad } from '../services/people/default-squads'

type EnforcementDomain = (typeof ENFORCEMENT_DOMAINS)[number]

/**
 * Every Chinese string the demo generator can emit lives in this module: the font subset is cut
 * from the union of its strings (scripts/subset-demo-font.sh), and a test keeps other demo files
 * free of Chinese literals. Templates use {name} placeholders filled with ASCII or with strings
 * from here.
 */

export const BUREAU = '上海市青浦区城市管理行政执法局'
export const DISTRICT = '上海市青浦区'
export const REVIEW_BODY = '上海市青浦区人民政府'
export const YEAR_MARK = '〔2023〕'

export const CASE_NUMBER_PREFIX = {
  ordinary: '青城管罚字',
  simple: '青城管简罚字',
  compulsion: '青城管强字',
  notice: '青城管告字',
  demand: '青城管催字',
} as const
export const NUMBER_WRAP = { before: '第', after: '号' } as const

export interface SquadEntry extends DefaultSquad {
  roads: string[]
  villages: string[]
}

/** Demo geography per squad key: the roads and villages its cases happen on. */
const SQUAD_PLACES: Record<string, { roads: string[]; villages: string[] }> = {
  jidong: { roads: [], villages: [] },
  xiayang: { roads: ['公园路', '青安路', '华青南路', '盈港东路', '外青松公路', '崧泽大道'], villages: ['塘郁村', '城南村', '太来村'] },
  yingpu: { roads: ['城中东路', '城中西路', '青浦大街', '盈中路', '公园东路', '庆华路'], villages: ['天一村', '南横村', '三里塘村'] },
  xianghuaqiao: { roads: ['香花路', '新胜路', '崧华路', '天辰路', '郏一路'], villages: ['东方村', '金米村', '天一村'] },
  zhaoxiang: { roads: ['嘉松中路', '业辉路', '赵重公路', '沪青平公路', '镇南路'], villages: ['赵屯村', '方夏村', '新镇村', '中步村'] },
  xujing: { roads: ['徐泾北城路', '诸光路', '明珠路', '徐乐路', '龙联路', '蟠龙路'], villages: ['金联村', '民主村', '前明村'] },
  huaxin: { roads: ['华志路', '华腾路', '新府中路', '北青公路', '纪鹤公路'], villages: ['嵩山村', '淮海村', '凤溪村', '北新村'] },
  chonggu: { roads: ['北青公路', '重固大街', '福定路', '章堰路'], villages: ['章堰村', '毛家角村', '新联村', '中新村'] },
  baihe: { roads: ['鹤祥路', '外青松公路', '鹤吉路', '曹赵公路'], villages: ['赵屯村', '青龙村', '梅桥村', '塘湾村'] },
  zhujiajiao: { roads: ['课植园路', '祥凝浜路', '珠溪路', '沪青平公路', '淀山湖大道', '新风路'], villages: ['沈巷村', '张马村', '山湾村', '林家村'] },
  liantang: { roads: ['章练塘路', '朱枫公路', '练西公路', '浦蓝路'], villages: ['东庄村', '泾珠村', '徐练村', '蒸夏村'] },
  jinze: { roads: ['金溪路', '练西公路', '沪青平公路', '金商公路'], villages: ['杨湾村', '任屯村', '西岑村', '莲湖村'] },
}

/** The district's squads (resources/org/default-squads.json) with the demo's places. */
export const SQUADS: SquadEntry[] = DEFAULT_SQUADS.map((squad) => {
  const places = SQUAD_PLACES[squad.key]
  if (!places) throw new Error(`the demo has no places for squad ${squad.key}`)
  return { ...squad, ...places }
})

export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林',
  '高', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '潘',
  '袁', '蔡', '蒋', '余', '杜', '叶', '程', '魏', '苏', '吕', '丁', '沈', '姚', '卢', '姜', '崔', '钟', '陆',
  '汪', '范', '金', '石', '夏', '方', '邹', '孟', '秦', '江', '顾', '钱', '严', '戴', '汤', '俞', '邵', '倪',
]

export const GIVEN_NAMES = [
  '伟', '敏', '静', '丽', '军', '勇', '磊', '洋', '艳', '杰', '娟', '涛', '明', '超', '霞', '平', '刚', '浩',
  '晨', '婷', '雪', '慧', '颖', '琳', '鑫', '斌', '峰', '亮', '辉', '健', '芳', '燕', '宁', '蕾', '骏', '昊',
  '建国', '志强', '秀英', '桂英', '佳怡', '子豪', '海燕', '国强', '春华', '玉兰', '建华', '立新', '德明',
  '晓东', '卫东', '振华', '俊杰', '思远', '嘉伟', '雨婷', '文杰', '志明', '永康', '海峰', '丽华', '美玲',
  '晓燕', '建平', '国平', '红梅', '金龙', '宏伟', '雪芳', '伟民', '家豪', '一鸣', '天宇', '诗涵', '梓轩',
  '文斌', '秋萍', '兴华', '勤', '忠良', '新民', '佩华', '惠琴', '根宝', '雪根', '林峰', '凤英', '宝华',
]

export const BRANDS = [
  '恒达', '鑫磊', '宏通', '盛源', '佳禾', '金诚', '天翼', '锦程', '瑞丰', '通瀚', '沪西', '万顺', '捷安',
  '永盛', '茂源', '凯邦', '华璟', '德懋', '润泽', '安泰', '中川', '青禾', '泽信', '宝骏', '东昊', '淀湖',
  '珠溪', '汇聚', '福临', '嘉豪', '申泰', '兴旺', '乐家', '新程', '银河', '晟达',
]

export const ORG_PREFIX = '上海'
export const COMMUNITY_SUFFIXES = ['苑', '家园', '花园', '新村', '名邸', '雅苑']
export const PLACE_SUFFIXES = ['门前', '东侧人行道', '西侧人行道', '南侧人行道', '北侧人行道', '路口', '附近']
export const ADDRESS = {
  number: '{n}号',
  lane: '{n}弄{m}号{room}室',
  group: '{g}组{n}号',
  village: '村',
}
export const CROSSING = { join: '与', suffix: '交叉口' } as const
export const OTHER_DISTRICTS = ['上海市嘉定区', '上海市松江区', '上海市闵行区', '江苏省昆山市', '浙江省嘉善县']
export const PLATE_PROVINCES = ['沪', '沪', '沪', '苏', '浙']

export const SITE_KINDS = ['地块商品住宅项目', '地块办公楼新建工程', '道路改建工程', '厂房新建工程', '动迁安置房项目', '学校扩建工程']
export const SOURCES = ['日常巡查', '日常巡查', '日常巡查', '12345市民服务热线', '群众举报', '上级交办', '部门移送', '非现场执法（视频监控）'] as const
export const AGENT_ROLES_GENERIC = ['负责人', '行政主管', '经理']

export interface ViolationEntry {
  code: string
  domain: EnforcementDomain
  caseType: 'penalty' | 'compulsion'
  /** The registry's violation text (案由 without the trailing 案). */
  violation: string
  breach: string
  penaltyClause: string
  legalBasis: string
  rangeYuan: [number, number] | null
  /** Cost-based fines (illegal construction): percent of the construction cost. */
  costPercent?: [number, number]
  /** 减轻 bands appear only where the baseline has one; the demo uses them for planted defects. */
  tiers: Partial<Record<'mitigated' | 'lighter' | 'general' | 'heavier', [number, number]>>
  partyTypes: ('individual' | 'organization')[]
  orgSuffixes: string[]
  agentRoles: string[]
  simple: boolean
  scene: string
  extras: Record<string, string[]>
  facts: string
  order: string
  qa: [string, string][]
  captions: string[]
}

const CITY = '《上海市市容环境卫生管理条例》'
const WASTE = '《上海市生活垃圾管理条例》'
const PLANNING = '《中华人民共和国城乡规划法》'
const COMPULSION = '《中华人民共和国行政强制法》'
const BROKERAGE = '《房地产经纪管理办法》'

export const VIOLATIONS: ViolationEntry[] = [
  {
    code: 'street_vending', domain: 'street_appearance', caseType: 'penalty',
    violation: '占用道路设摊经营',
    breach: `${CITY}第二十五条第二款`, penaltyClause: `${CITY}第二十五条第二款`, legalBasis: `${CITY}第二十五条第二款`,
    rangeYuan: [50, 500], tiers: { general: [50, 200], heavier: [200, 500] },
    partyTypes: ['individual'], orgSuffixes: [], agentRoles: [], simple: true, scene: 'stall',
    extras: {
      goods: ['水果', '蔬菜', '烤红薯', '煎饼果子', '日用小商品', '袜子手套', '鲜花', '儿童玩具'],
      tools: ['一辆三轮车和一张折叠桌', '一辆手推车和一把遮阳伞', '两只塑料筐和一台电子秤', '一张折叠桌和一个货架'],
    },
    facts: '{date}{time}许，执法人员在{place}巡查时发现，当事人{party}占用人行道设摊经营{goods}，设摊占地面积约{area}平方米，影响市容环境卫生。经查，当事人设摊经营未经任何部门批准。',
    order: '立即停止占用道路设摊经营行为，并清理现场',
    qa: [
      ['你今天在{place}做什么？', '我在这里摆摊卖{goods}。'],
      ['你在此处摆摊经营是否经过有关部门批准？', '没有经过批准。'],
      ['你在此处摆摊多长时间了？', '大概{days}天了，一般每天下午来摆。'],
      ['你使用了哪些经营工具？', '{tools}。'],
      ['你知道占用道路设摊经营属于违法行为吗？', '现在知道了，我马上收摊，以后不在这里摆了。'],
    ],
    captions: ['当事人占用人行道设摊经营现场', '设摊经营物品及工具', '执法人员现场告知当事人', '责令改正后现场恢复情况'],
  },
  {
    code: 'road_stacking', domain: 'street_appearance', caseType: 'penalty',
    violation: '擅自占用道路堆放物品',
    breach: `${CITY}第二十五条第三款`, penaltyClause: `${CITY}第二十五条第三款`, legalBasis: `${CITY}第二十五条第三款`,
    rangeYuan: [500, 5000], tiers: { lighter: [500, 1500], general: [1500, 3500], heavier: [3500, 5000] },
    partyTypes: ['individual', 'organization'], orgSuffixes: ['商贸有限公司', '建材有限公司', '物流有限公司'],
    agentRoles: ['仓库主管', '店长', '行政主管'], simple: false, scene: 'pile',
    extras: { goods: ['建筑材料', '废旧纸板', '木料', '黄沙和水泥', '货物纸箱', '废旧家具'] },
    facts: '{date}{time}许，执法人员在{place}巡查时发现，当事人{party}擅自占用道路堆放{goods}，堆放面积约{area}平方米，影响市容环境卫生。执法人员当场责令其改正。',
    order: '立即清理占用道路堆放的物品',
    qa: [
      ['{place}堆放的{goods}是谁的？', '是我们这边的。'],
      ['堆放物品是否经过有关部门批准？', '没有办理审批手续。'],
      ['物品是什么时候开始堆放的？', '{days}天前开始堆放的，因为里面放不下，临时放在外面。'],
      ['堆放面积有多大？', '大约{area}平方米。'],
      ['执法人员责令改正后是如何处理的？', '已经安排人员清理了。'],
    ],
    captions: ['擅自占用道路堆放物品现场', '堆放物品近景', '现场测量堆放面积', '清理后现场情况'],
  },
  {
    code: 'beyond_storefront', domain: 'street_appearance', caseType: 'penalty',
    violation: '超出门窗和外墙经营',
    breach: `${CITY}第二十五条第五款`, penaltyClause: `${CITY}第二十五条第五款`, legalBasis: `${CITY}第二十五条第五款`,
    rangeYuan: [50, 500], tiers: { general: [50, 200], heavier: [200, 500] },
    partyTypes: ['individual', 'individual', 'organization'], orgSuffixes: ['商贸有限公司', '便利店有限公司'],
    agentRoles: ['店长', '门店经理'], simple: true, scene: 'shop',
    extras: { shop: ['水果店', '五金店', '便利店', '小吃店', '服装店', '杂货店', '蔬菜店'] },
    facts: '{date}{time}许，执法人员在{place}巡查时发现，当事人{party}经营的{shop}超出门窗和外墙摆放商品、货架进行经营，超出面积约{area}平方米，影响市容环境卫生。',
    order: '立即停止超出门窗和外墙经营行为',
    qa: [
      ['你经营的是什么店？', '我经营的是{shop}。'],
      ['店门外人行道上摆放的货架和商品是谁的？', '是店里的。'],
      ['为什么要把商品摆到门外？', '店面太小，放在外面方便顾客挑选。'],
      ['之前是否有执法人员对你进行过劝导？', '有过，这次是第{count}次。'],
      ['你知道超出门窗和外墙经营是违法行为吗？', '知道了，马上把东西搬进去。'],
    ],
    captions: ['当事人超出门窗和外墙经营现场', '店外摆放的货架和商品', '现场测量占用面积', '整改后店门口情况'],
  },
  {
    code: 'outdoor_facility', domain: 'street_appearance', caseType: 'penalty',
    violation: '户外设施破损污浊未修复且拒不改正',
    breach: `${CITY}第二十条第三款`, penaltyClause: `${CITY}第二十条第三款`, legalBasis: `${CITY}第二十条第三款`,
    rangeYuan: [50, 500], tiers: { general: [50, 200], heavier: [200, 500] },
    partyTypes: ['organization'], orgSuffixes: ['商贸有限公司', '餐饮管理有限公司', '酒店管理有限公司'],
    agentRoles: ['店长', '行政主管'], simple: false, scene: 'sign',
    extras: {
      facility: ['店招店牌', '户外灯箱广告', '楼顶招牌', '户外电子显示屏'],
      damage: ['面板破损、文字显示不全', '污浊陈旧、锈蚀严重', '灯光显示不全、面板脱落'],
    },
    facts: '{date}{time}许，执法人员在{place}巡查时发现，当事人{party}设置的{facility}存在{damage}的情况，影响市容。执法人员当场责令其限期修复，当事人逾期未修复，拒不改正。',
    order: '立即修复破损、污浊的户外设施',
    qa: [
      ['{place}的{facility}是谁设置的？', '是我们单位设置的。'],
      ['该{facility}目前是什么状况？', '{damage}，一直没来得及修。'],
      ['执法人员是否向你单位送达过责令限期改正通知书？', '收到过。'],
      ['为什么在期限内没有修复？', '联系的广告公司一直没有安排施工。'],
      ['你单位准备什么时候修复？', '一周内修复完毕。'],
    ],
    captions: ['户外设施破损现场', '户外设施破损部位近景', '复查时仍未修复情况', '修复后现场情况'],
  },
  {
    code: 'muck_uncovered', domain: 'muck_transport', caseType: 'penalty',
    violation: '运输渣土车辆未采取密闭或者覆盖措施',
    breach: `${CITY}第二十七条第二款`, penaltyClause: `${CITY}第二十七条第二款`, legalBasis: `${CITY}第二十七条第二款`,
    rangeYuan: [1000, 10000], tiers: { lighter: [1000, 3000], general: [3000, 6000], heavier: [6000, 10000] },
    partyTypes: ['organization'], orgSuffixes: ['渣土运输有限公司', '运输有限公司', '物流有限公司'],
    agentRoles: ['车队队长', '驾驶员', '安全主管'], simple: false, scene: 'truck',
    extras: {
      waste: ['工程渣土', '建筑垃圾', '泥浆', '拆房垃圾'],
      history: ['没有。', '去年有过一次，已经整改。'],
    },
    facts: '{date}{time}许，执法人员在{place}检查时发现，当事人{party}所属号牌为{plate}的渣土运输车辆装载{waste}行驶，车厢未采取密闭或者覆盖措施。驾驶员当场承认车辆属当事人所有并受其指派运输。',
    order: '立即对运输车辆采取密闭措施',
    qa: [
      ['{plate}号车辆是哪家单位的？', '是{party}的。'],
      ['当天车辆运载的是什么？从哪里运到哪里？', '运的是{waste}，从{site}运往指定的消纳场。'],
      ['车辆的密闭装置是什么情况？', '车厢盖板坏了没有关闭，也没有覆盖篷布。'],
      ['你单位对车辆密闭有什么管理规定？', '公司要求出车前检查，这次是驾驶员疏忽了。'],
      ['你单位此前是否因同类违法行为受过处罚？', '{history}'],
    ],
    captions: ['渣土运输车辆车厢未密闭', '车辆号牌及车身标识', '车厢装载情况近景', '执法人员现场检查'],
  },
  {
    code: 'muck_no_permit', domain: 'muck_transport', caseType: 'penalty',
    violation: '未取得建筑垃圾、工程渣土运输许可证承运',
    breach: `${CITY}第四十四条第二款`, penaltyClause: `${CITY}第四十四条第二款`, legalBasis: `${CITY}第四十四条第二款`,
    rangeYuan: [5000, 30000], tiers: { mitigated: [2500, 4999], lighter: [5000, 12000], general: [12000, 20000], heavier: [20000, 30000] },
    partyTypes: ['organization'], orgSuffixes: ['运输有限公司', '土方工程有限公司', '物流有限公司'],
    agentRoles: ['车队队长', '法定代表人', '经理'], simple: false, scene: 'truck',
    extras: { waste: ['工程渣土', '建筑垃圾', '拆房垃圾'] },
    facts: '{date}{time}许，执法人员在{place}检查时发现，号牌为{plate}的车辆装载{waste}行驶。经查，该车辆由当事人{party}承运，当事人未取得建筑垃圾、工程渣土运输许可证。',
    order: '立即停止无证承运建筑垃圾、工程渣土',
    qa: [
      ['你单位是否取得建筑垃圾、工程渣土运输许可证？', '没有，正在办理中。'],
      ['这批{waste}是从哪里运出的？', '从{site}运出的。'],
      ['你单位一共承运了多少车次？', '到被查时一共运了{count}车。'],
      ['运输费用是如何结算的？', '按车次结算。'],
      ['你对以上违法事实有无异议？', '没有异议。'],
    ],
    captions: ['无证运输车辆现场', '车辆装载情况', '车辆号牌', '执法人员现场询问驾驶员'],
  },
  {
    code: 'muck_vehicle_marks', domain: 'muck_transport', caseType: 'penalty',
    violation: '渣土运输车辆未统一标识、未使用电子信息装置或者未随车携带处置证',
    breach: `${CITY}第四十四条第三款`, penaltyClause: `${CITY}第四十四条第三款`, legalBasis: `${CITY}第四十四条第三款`,
    rangeYuan: [200, 2000], tiers: { lighter: [200, 800], general: [800, 1400], heavier: [1400, 2000] },
    partyTypes: ['organization'], orgSuffixes: ['渣土运输有限公司', '运输有限公司'],
    agentRoles: ['车队队长', '驾驶员'], simple: true, scene: 'truck',
    extras: { markIssue: ['未按规定统一标识', '未按规定使用电子信息装置', '未随车携带建筑垃圾、工程渣土处置证'] },
    facts: '{date}{time}许，执法人员在{place}检查时发现，当事人{party}所属号牌为{plate}的渣土运输车辆{markIssue}。',
    order: '立即按规定完善车辆标识、电子信息装置和随车证件',
    qa: [
      ['{plate}号车辆是哪家单位的？', '是{party}的。'],
      ['执法人员检查时发现车辆存在什么问题？', '车辆{markIssue}。'],
      ['为什么会出现这种情况？', '驾驶员出车时疏忽了。'],
      ['你单位今后如何整改？', '加强对车辆和驾驶员的管理。'],
    ],
    captions: ['渣土运输车辆外观', '车辆标识情况', '驾驶室内电子信息装置', '执法人员现场检查'],
  },
  {
    code: 'muck_dumping', domain: 'muck_transport', caseType: 'penalty',
    violation: '擅自倾倒建筑垃圾、工程渣土',
    breach: `${CITY}第四十四条第五款`, penaltyClause: `${CITY}第四十四条第五款`, legalBasis: `${CITY}第四十四条第五款`,
    rangeYuan: [5000, 50000], tiers: { mitigated: [2500, 4999], lighter: [5000, 20000], general: [20000, 35000], heavier: [35000, 50000] },
    partyTypes: ['individual', 'individual', 'organization'], orgSuffixes: ['土方工程有限公司', '建筑工程有限公司'],
    agentRoles: ['项目经理', '法定代表人'], simple: false, scene: 'dump',
    extras: { waste: ['工程渣土', '建筑垃圾', '拆房垃圾', '装修垃圾'] },
    facts: '{date}{time}许，执法人员接报后至{place}检查发现，有{waste}被擅自倾倒堆放，数量约{volume}立方米。经调查，上述{waste}系当事人{party}擅自倾倒，未运至规定的消纳场所。',
    order: '立即停止擅自倾倒行为，并限期清运已倾倒的建筑垃圾、工程渣土',
    qa: [
      ['{place}的{waste}是谁倒的？', '是我们这边安排车辆倒的。'],
      ['这些{waste}是从哪里来的？', '是{site}产生的。'],
      ['一共倾倒了多少？', '一共{count}车，大约{volume}立方米。'],
      ['倾倒前是否办理了处置手续？', '没有办理。'],
      ['为什么不运到规定的消纳场所？', '消纳场太远，费用太高。'],
      ['现场目前如何处理？', '已经开始清运。'],
    ],
    captions: ['擅自倾倒建筑垃圾现场全景', '倾倒物近景', '现场测量倾倒范围', '运输车辆轨迹截图'],
  },
  {
    code: 'site_sanitation', domain: 'construction_site', caseType: 'penalty',
    violation: '建设工地未按规定设置临时厕所、生活垃圾收集容器或者向工地外排放污水、散落粉尘',
    breach: `${CITY}第三十三条第一款、第二款`, penaltyClause: `${CITY}第三十三条第四款`, legalBasis: `${CITY}第三十三条第四款`,
    rangeYuan: [300, 3000], tiers: { lighter: [300, 1000], general: [1000, 2000], heavier: [2000, 3000] },
    partyTypes: ['organization'], orgSuffixes: ['建设工程有限公司', '建筑工程有限公司', '建设集团有限公司'],
    agentRoles: ['项目经理', '安全员', '施工员'], simple: false, scene: 'site',
    extras: { siteIssue: ['未按规定设置临时厕所', '未按规定设置生活垃圾收集容器', '向建设工地外排放泥浆污水', '施工作业散落粉尘至工地外道路'] },
    facts: '{date}{time}许，执法人员在{site}检查时发现，当事人{party}作为施工单位，{siteIssue}，影响市容环境卫生。',
    order: '立即整改建设工地市容环境卫生问题',
    qa: [
      ['{site}的施工单位是哪家？', '是{party}。'],
      ['执法人员检查时工地存在什么问题？', '工地{siteIssue}。'],
      ['为什么会出现这种情况？', '施工赶进度，管理上有疏忽。'],
      ['你单位是否已经整改？', '已经整改完毕。'],
    ],
    captions: ['建设工地外观', '违法情形近景', '工地出入口及周边道路', '整改后现场情况'],
  },
  {
    code: 'site_enclosure', domain: 'construction_site', caseType: 'penalty',
    violation: '建设工地未按规定设置封闭围栏或者在围栏外堆放建筑垃圾、渣土和材料',
    breach: `${CITY}第三十三条第一款、第二款`, penaltyClause: `${CITY}第三十三条第四款`, legalBasis: `${CITY}第三十三条第四款`,
    rangeYuan: [3000, 30000], tiers: { mitigated: [1500, 2999], lighter: [3000, 10000], general: [10000, 20000], heavier: [20000, 30000] },
    partyTypes: ['organization'], orgSuffixes: ['建设工程有限公司', '建筑工程有限公司', '建设集团有限公司'],
    agentRoles: ['项目经理', '安全员'], simple: false, scene: 'site',
    extras: { fenceIssue: ['未按规定设置封闭围栏', '围栏破损未及时修复致施工区域未封闭', '擅自在建设工地围栏外堆放建筑材料', '擅自在建设工地围栏外堆放工程渣土'] },
    facts: '{date}{time}许，执法人员在{site}检查时发现，当事人{party}作为施工单位，{fenceIssue}，影响市容环境卫生。',
    order: '立即按规定设置封闭围栏并清理围栏外堆放物',
    qa: [
      ['{site}的施工单位是哪家？', '是{party}。'],
      ['执法人员检查时发现工地有什么问题？', '工地{fenceIssue}。'],
      ['围栏外的材料是什么时候堆放的？', '{days}天前材料进场时堆的。'],
      ['你单位准备如何整改？', '马上安排清理并补齐围栏。'],
    ],
    captions: ['建设工地围栏情况', '围栏外堆放物现场', '现场测量堆放范围', '整改后围栏情况'],
  },
  {
    code: 'kitchen_waste', domain: 'ecology', caseType: 'penalty',
    violation: '餐厨垃圾未单独收集处置并排入下水道',
    breach: `${CITY}第四十二条第一款`, penaltyClause: `${CITY}第四十二条第一款`, legalBasis: `${CITY}第四十二条第一款`,
    rangeYuan: [300, 3000], tiers: { lighter: [300, 1000], general: [1000, 2000], heavier: [2000, 3000] },
    partyTypes: ['individual', 'organization'], orgSuffixes: ['餐饮管理有限公司', '餐饮有限公司'],
    agentRoles: ['店长', '厨师长'], simple: false, scene: 'kitchen',
    extras: {
      restaurant: ['饭店', '面馆', '火锅店', '快餐店', '烧烤店'],
      contract: ['签过，但是协议已经到期了。', '还没有签。'],
    },
    facts: '{date}{time}许，执法人员在{place}检查时发现，当事人{party}经营的{restaurant}将餐厨垃圾倒入门前雨水井（下水道），未按规定单独收集、处置。',
    order: '立即停止将餐厨垃圾排入下水道，并按规定单独收集、处置',
    qa: [
      ['你经营的是什么店？', '是一家{restaurant}。'],
      ['店里产生的餐厨垃圾平时如何处理？', '平时交给收运单位，有时来不及就倒在门口下水道里。'],
      ['你店是否与餐厨垃圾收运单位签订了收运协议？', '{contract}'],
      ['今天倒入下水道的是什么？', '是剩菜剩饭和泔水。'],
      ['你知道这是违法的吗？', '知道了，以后不会再倒了。'],
    ],
    captions: ['餐厨垃圾倒入雨水井现场', '雨水井内残留物近景', '店内餐厨垃圾收集情况', '执法人员现场检查'],
  },
  {
    code: 'repair_sewage', domain: 'ecology', caseType: 'penalty',
    violation: '从事车辆清洗、修理未采取措施防止污水外流',
    breach: `${CITY}第三十四条`, penaltyClause: `${CITY}第三十四条`, legalBasis: `${CITY}第三十四条`,
    rangeYuan: [100, 1000], tiers: { lighter: [100, 300], general: [300, 600], heavier: [600, 1000] },
    partyTypes: ['individual', 'organization'], orgSuffixes: ['汽车服务有限公司', '汽车维修有限公司'],
    agentRoles: ['店长', '负责人'], simple: true, scene: 'garage',
    extras: { garage: ['汽车修理店', '洗车店', '汽车美容店'] },
    facts: '{date}{time}许，执法人员在{place}巡查时发现，当事人{party}经营的{garage}未采取措施防止污水外流，洗车污水流至人行道及路面，影响环境卫生。',
    order: '立即采取措施防止污水外流',
    qa: [
      ['你经营的是什么店？', '是{garage}。'],
      ['门口路面上的污水是哪里来的？', '是店里洗车流出来的。'],
      ['店里有没有设置排水沟和沉淀池？', '有一个小的，但是堵了。'],
      ['你准备如何整改？', '马上疏通，再加装挡水条。'],
    ],
    captions: ['污水外流至人行道现场', '店门口路面污水近景', '店内排水设施情况', '整改后现场情况'],
  },
  {
    code: 'unit_sorting', domain: 'household_waste', caseType: 'penalty',
    violation: '单位未将生活垃圾分别投放至相应收集容器且拒不改正',
    breach: `${WASTE}第二十四条第一款`, penaltyClause: `${WASTE}第五十七条第一款`, legalBasis: `${WASTE}第二十四条第一款、第五十七条第一款`,
    rangeYuan: [5000, 50000], tiers: { mitigated: [2500, 4999], lighter: [5000, 20000], general: [20000, 35000], heavier: [35000, 50000] },
    partyTypes: ['organization'], orgSuffixes: ['酒店管理有限公司', '商业管理有限公司', '超市有限公司', '实业有限公司'],
    agentRoles: ['行政主管', '后勤经理'], simple: false, scene: 'bins',
    extras: { unit: ['超市', '酒店', '写字楼', '商场'] },
    facts: '{date}{time}许，执法人员在{place}检查时发现，当事人{party}未将生活垃圾分别投放至相应收集容器，湿垃圾与干垃圾混合投放。执法人员当场责令其立即改正，当事人拒不改正。',
    order: '立即将生活垃圾分别投放至相应收集容器',
    qa: [
      ['你单位的生活垃圾由谁负责投放？', '由保洁人员统一投放。'],
      ['执法人员检查时你单位垃圾投放是什么情况？', '湿垃圾和干垃圾混在一起投放了。'],
      ['执法人员当场责令改正后，你单位是否改正？', '当时保洁人员没有按要求分拣。'],
      ['你单位有没有开展垃圾分类培训？', '培训过，但是执行得不好。'],
      ['你单位今后如何整改？', '加强培训，安排专人监督分类。'],
    ],
    captions: ['混合投放的垃圾桶', '桶内混投垃圾近景', '单位垃圾厢房外观', '执法人员现场责令改正'],
  },
  {
    code: 'personal_mixing', domain: 'household_waste', caseType: 'penalty',
    violation: '个人混合投放生活垃圾且拒不改正',
    breach: `${WASTE}第二十四条第一款`, penaltyClause: `${WASTE}第五十七条第二款`, legalBasis: `${WASTE}第二十四条第一款、第五十七条第二款`,
    rangeYuan: [50, 200], tiers: { general: [50, 100], heavier: [100, 200] },
    partyTypes: ['individual'], orgSuffixes: [], agentRoles: [], simple: true, scene: 'bins',
    extras: {},
    facts: '{date}{time}许，执法人员在{place}生活垃圾投放点检查时发现，当事人{party}将湿垃圾与干垃圾混合投放。执法人员当场责令其立即改正，当事人拒不改正。',
    order: '立即将生活垃圾分类后重新投放',
    qa: [
      ['你刚才投放的是什么垃圾？', '是家里的生活垃圾。'],
      ['你是否进行了分类？', '没有分，都装在一个袋子里。'],
      ['志愿者要求你分拣后重新投放，你为什么不改正？', '当时赶时间上班。'],
      ['你知道个人混合投放生活垃圾拒不改正要被处罚吗？', '现在知道了。'],
    ],
    captions: ['当事人混合投放的垃圾袋', '投放点收集容器情况', '执法人员现场责令改正', '投放点全景'],
  },
  {
    code: 'bins_missing', domain: 'household_waste', caseType: 'penalty',
    violation: '管理责任人未按照要求设置生活垃圾分类收集容器且逾期不改正',
    breach: `${WASTE}第二十六条第一款`, penaltyClause: `${WASTE}第五十八条第一款`, legalBasis: `${WASTE}第二十六条第一款、第五十八条第一款`,
    rangeYuan: [500, 5000], tiers: { lighter: [500, 2000], general: [2000, 3500], heavier: [3500, 5000] },
    partyTypes: ['organization'], orgSuffixes: ['物业管理有限公司', '物业服务有限公司'],
    agentRoles: ['物业经理', '项目经理'], simple: false, scene: 'bins',
    extras: { binIssue: ['可回收物、有害垃圾收集容器', '湿垃圾、干垃圾成组收集容器', '有害垃圾收集容器'] },
    facts: '{date}{time}许，执法人员在{place}检查时发现，当事人{party}作为该小区生活垃圾分类投放管理责任人，未按照要求设置{binIssue}。执法人员当场责令其限期改正，期限届满后复查发现仍未改正。',
    order: '限期按照要求设置生活垃圾分类收集容器',
    qa: [
      ['你单位是否对该小区实施物业管理？', '是的，我们是小区的物业服务企业。'],
      ['小区投放点设置了哪些收集容器？', '只放了干垃圾和湿垃圾桶，{binIssue}没有配齐。'],
      ['你单位是否收到责令限期改正通知书？', '收到了。'],
      ['为什么逾期没有改正？', '采购的垃圾桶还没有到货。'],
    ],
    captions: ['小区生活垃圾投放点', '收集容器缺失情况', '复查时投放点情况', '执法人员现场检查'],
  },
  {
    code: 'illegal_building', domain: 'illegal_construction', caseType: 'penalty',
    violation: '未取得建设工程规划许可证进行建设',
    breach: `${PLANNING}第四十条第一款`, penaltyClause: `${PLANNING}第六十四条`, legalBasis: `${PLANNING}第四十条第一款、第六十四条`,
    rangeYuan: null, costPercent: [5, 10], tiers: { lighter: [5, 6.5], general: [6.5, 8.5], heavier: [8.5, 10] },
    partyTypes: ['individual', 'individual', 'organization'], orgSuffixes: ['实业有限公司', '机械制造有限公司', '仓储有限公司'],
    agentRoles: ['法定代表人', '厂长'], simple: false, scene: 'building',
    extras: { structure: ['彩钢板房', '砖混结构平房', '钢结构阳光房', '钢结构厂房', '二层砖混结构房屋'] },
    facts: '{date}{time}许，执法人员在{place}检查时发现，当事人{party}未取得建设工程规划许可证，擅自搭建{structure}一处，建筑面积约{area}平方米。经委托测绘及造价评估，该建筑建设工程造价约为人民币{cost}元。',
    order: '立即停止建设，限期改正',
    qa: [
      ['{place}的{structure}是谁搭建的？', '是我们这边搭的。'],
      ['什么时候开始搭建的？', '{days}天前开始搭的。'],
      ['搭建前是否办理了建设工程规划许可证？', '没有办理。'],
      ['搭建的用途是什么？', '用来堆放货物。'],
      ['你是否愿意配合整改？', '愿意配合整改。'],
    ],
    captions: ['违法建筑全景', '违法建筑侧面', '现场测量情况', '违法建筑内部情况'],
  },
  {
    code: 'agent_contract', domain: 'housing_market', caseType: 'penalty',
    violation: '房地产经纪机构签订经纪服务合同前未书面告知规定事项',
    breach: `${BROKERAGE}第二十一条`, penaltyClause: `${BROKERAGE}第三十三条第（四）项`, legalBasis: `${BROKERAGE}第二十一条、第三十三条第（四）项`,
    rangeYuan: [10000, 30000], tiers: { lighter: [10000, 16000], general: [16000, 23000], heavier: [23000, 30000] },
    partyTypes: ['organization'], orgSuffixes: ['房地产经纪有限公司', '房地产经纪事务所有限公司'],
    agentRoles: ['门店经理', '区域经理'], simple: false, scene: 'office',
    extras: {},
    facts: '{date}{time}许，执法人员对位于{place}的当事人{party}经营门店进行检查时发现，当事人在签订房地产经纪服务合同前，未向交易当事人书面告知规定事项，涉及房地产经纪服务合同{count}份。',
    order: '立即改正，签订经纪服务合同前依法书面告知交易当事人',
    qa: [
      ['你单位在该门店从事什么业务？', '二手房买卖和租赁居间业务。'],
      ['签订经纪服务合同前是否向交易当事人书面告知规定事项？', '有的口头说明了，没有书面告知。'],
      ['涉及多少份合同？', '一共{count}份。'],
      ['你单位是否有书面告知的文书格式？', '有，但是门店没有使用。'],
      ['你对以上事实有无异议？', '没有异议。'],
    ],
    captions: ['经纪机构门店外观', '门店公示情况', '调取的经纪服务合同', '执法人员现场检查'],
  },
  {
    code: 'agent_personal', domain: 'housing_market', caseType: 'penalty',
    violation: '房地产经纪人员以个人名义承接房地产经纪业务和收取费用',
    breach: `${BROKERAGE}第十四条`, penaltyClause: `${BROKERAGE}第三十三条第（一）项`, legalBasis: `${BROKERAGE}第十四条、第三十三条第（一）项`,
    rangeYuan: [10000, 10000], tiers: { general: [10000, 10000] },
    partyTypes: ['individual'], orgSuffixes: [], agentRoles: [], simple: false, scene: 'office',
    extras: {},
    facts: '经查，当事人{party}系房地产经纪人员，于{date}以个人名义承接{place}房屋租赁经纪业务，并收取费用人民币{fee}元。',
    order: '立即停止以个人名义承接房地产经纪业务',
    qa: [
      ['你目前在哪里工作？', '在一家房产中介门店做经纪人。'],
      ['{place}的房屋租赁业务是谁承接的？', '是我私下接的。'],
      ['收取了多少费用？', '收了{fee}元。'],
      ['费用是否交给公司统一收取？', '没有，直接转到我个人账户。'],
    ],
    captions: ['当事人收款记录截图', '租赁合同首页', '执法人员现场询问', '中介门店外观'],
  },
  {
    code: 'demolition', domain: 'illegal_construction', caseType: 'compulsion',
    violation: '违法建筑逾期未自行拆除，依法强制拆除',
    breach: `${PLANNING}第六十四条`, penaltyClause: `${PLANNING}第六十八条`, legalBasis: `${PLANNING}第六十八条、${COMPULSION}第四十四条`,
    rangeYuan: null, tiers: {},
    partyTypes: ['individual', 'organization'], orgSuffixes: ['实业有限公司', '仓储有限公司'],
    agentRoles: ['法定代表人'], simple: false, scene: 'building',
    extras: { structure: ['彩钢板房', '砖混结构平房', '钢结构雨棚', '钢结构厂房'] },
    facts: '当事人{party}未取得建设工程规划许可证，在{place}擅自搭建{structure}一处，建筑面积约{area}平方米。本局依法责令其限期拆除，当事人逾期未自行拆除，也未在法定期限内申请行政复议或者提起行政诉讼。',
    order: '限期自行拆除违法建筑',
    qa: [
      ['{place}的{structure}是谁搭建的？', '是我们这边搭的。'],
      ['你是否收到本局作出的责令限期拆除决定书？', '收到了。'],
      ['你是否申请了行政复议或者提起行政诉讼？', '没有。'],
      ['为什么在期限内没有自行拆除？', '里面的东西还没有地方搬。'],
    ],
    captions: ['违法建筑拆除前全景', '拆除公告张贴情况', '强制拆除实施现场', '拆除后现场情况'],
  },
  {
    code: 'vending_seizure', domain: 'street_appearance', caseType: 'compulsion',
    violation: '占用道路设摊经营，暂扣经营物品和工具',
    breach: `${CITY}第二十五条第二款`, penaltyClause: `${CITY}第二十五条第二款`, legalBasis: `${CITY}第二十五条第二款、${COMPULSION}第十八条、第二十四条`,
    rangeYuan: null, tiers: {},
    partyTypes: ['individual'], orgSuffixes: [], agentRoles: [], simple: false, scene: 'stall',
    extras: {
      goods: ['水果', '蔬菜', '日用小商品', '儿童玩具'],
      seized: ['三轮车1辆', '折叠桌1张', '电子秤1台', '塑料筐4只', '遮阳伞1把', '经营物品若干'],
    },
    facts: '{date}{time}许，执法人员在{place}巡查时发现，当事人{party}占用道路设摊经营{goods}，经劝导拒不改正。执法人员依法当场暂扣其经营兜售的物品和与违法行为有关的工具，并要求其到指定地点接受处理。',
    order: '到指定地点接受处理',
    qa: [
      ['你今天在{place}做什么？', '摆摊卖{goods}。'],
      ['执法人员劝导你离开，你为什么不走？', '生意刚开始，想再卖一会儿。'],
      ['对暂扣的物品清单是否核对？', '核对过了，没有问题。'],
    ],
    captions: ['当事人占道设摊现场', '暂扣物品清点', '暂扣物品装车', '现场恢复情况'],
  },
  {
    code: 'vehicle_seizure', domain: 'muck_transport', caseType: 'compulsion',
    violation: '擅自倾倒建筑垃圾，暂扣运输车辆',
    breach: `${CITY}第四十四条第五款`, penaltyClause: `${CITY}第四十四条第六款`, legalBasis: `${CITY}第四十四条第六款、${COMPULSION}第十八条、第二十四条`,
    rangeYuan: null, tiers: {},
    partyTypes: ['organization'], orgSuffixes: ['运输有限公司', '土方工程有限公司'],
    agentRoles: ['车队队长', '驾驶员'], simple: false, scene: 'truck',
    extras: {
      waste: ['工程渣土', '建筑垃圾'],
      seized: ['重型自卸货车1辆', '机动车行驶证1本', '车辆钥匙1把'],
    },
    facts: '{date}{time}许，执法人员在{place}检查时发现，号牌为{plate}的渣土运输车辆擅自倾倒{waste}。执法人员依法暂扣该运输车辆，并要求当事人{party}到指定地点接受处理。',
    order: '到指定地点接受处理',
    qa: [
      ['{plate}号车辆是哪家单位的？', '是{party}的。'],
      ['车辆在{place}倾倒的是什么？', '是{waste}。'],
      ['对暂扣车辆的清单是否核对？', '核对过了，没有问题。'],
    ],
    captions: ['擅自倾倒现场', '被暂扣车辆外观', '车辆号牌', '暂扣车辆停放地点'],
  },
]

export const TIER_NAMES = { exempt: '不予处罚', mitigated: '减轻处罚', lighter: '从轻处罚', general: '一般处罚', heavier: '从重处罚' } as const
export const TIER_REASONS = {
  mitigated: '当事人主动消除或者减轻违法行为的后果，并配合调查，依法予以减轻处罚。',
  lighter: '当事人系初次违法，违法情节较轻，且在责令改正后及时改正，依法予以从轻处罚。',
  general: '当事人违法情节一般，无从轻或者从重情节，依照裁量基准按一般情形予以处罚。',
  heavier: '当事人经责令改正后拒不改正，违法情节较重，依法予以从重处罚。',
} as const

export const DOC = {
  cover: '封面',
  catalogue: '卷内目录',
  filing: '立案审批表',
  inspection: '现场检查笔录',
  interview: '询问笔录',
  evidence: '证据材料/照片',
  report: '调查终结报告',
  notice: '事先告知书',
  statement: '陈述申辩笔录',
  legalReview: '法制审核意见',
  collective: '集体讨论记录',
  decision: '处罚决定书',
  service: '送达回证',
  receipt: '罚没款票据',
  closing: '结案审批表',
  back: '备考表',
  demand: '催告书',
  compulsionDecision: '行政强制决定书',
  seizedList: '扣押物品清单',
} as const

/** The printed titles, which are longer than the bookmark names. */
export const TITLE = {
  coverPenalty: '行政处罚案卷',
  coverCompulsion: '行政强制案卷',
  catalogue: '卷内目录',
  filing: '立案审批表',
  filingCompulsion: '行政强制措施审批表',
  inspection: '现场检查笔录',
  interview: '询问笔录',
  evidence: '证据材料',
  identity: '当事人身份证明材料（复印件）',
  license: '营业执照（复印件）',
  idCard: '居民身份证',
  photos: '现场照片',
  sketch: '现场示意图',
  report: '案件调查终结报告',
  notice: '行政处罚事先告知书',
  statement: '陈述申辩笔录',
  legalReview: '重大执法决定法制审核意见书',
  collective: '重大案件集体讨论记录',
  decision: '行政处罚决定书',
  decisionSimple: '当场行政处罚决定书',
  service: '送达回证',
  receipt: '上海市非税收入一般缴款书（回单）',
  closing: '结案审批表',
  back: '卷内备考表',
  demand: '催告书',
  demolitionDecision: '强制拆除决定书',
  seizureDecision: '扣押决定书',
  seizedList: '扣押物品清单',
  continued: '（续页）',
} as const

export const LABEL = {
  caseNumber: '案号',
  cause: '案由',
  party: '当事人',
  partyName: '姓名（名称）',
  address: '住址（住所）',
  idNumber: '身份证号码',
  creditCode: '统一社会信用代码',
  legalRep: '法定代表人',
  phone: '联系电话',
  source: '案件来源',
  discovered: '发现时间',
  place: '发生地点',
  summary: '案情摘要',
  handlers: '承办人',
  handlerOpinion: '承办人意见',
  leaderOpinion: '负责人审批意见',
  bureauOpinion: '机关负责人意见',
  signature: '签名',
  date: '日期',
  filedOn: '立案日期',
  closedOn: '结案日期',
  archivedOn: '归档日期',
  result: '处理结果',
  retention: '保管期限',
  retentionValue: '长期',
  totalPages: '本卷共{n}页',
  squad: '承办单位',
  index: '序号',
  docName: '文书名称',
  docDate: '文书日期',
  pages: '页号',
  remarks: '备注',
  checkTime: '检查时间',
  checkPlace: '检查地点',
  inspectors: '执法人员及执法证号',
  recorder: '记录人',
  present: '在场人',
  interviewTime: '询问时间',
  interviewPlace: '询问地点',
  interviewer: '询问人',
  interviewee: '被询问人',
  relation: '与本案关系',
  partySelf: '当事人本人',
  partyAgent: '受委托人',
  question: '问：',
  answer: '答：',
  partySign: '当事人（签名）：',
  intervieweeSign: '被询问人（签名）：',
  officerSign: '执法人员（签名）：',
  recorderSign: '记录人（签名）：',
  pageOf: '第{i}页 共{n}页',
  photo: '照片{n}',
  takenAt: '拍摄时间：{date} {time}',
  takenPlace: '拍摄地点：{place}',
  photographer: '拍摄人：{names}',
  note: '说明：{text}',
  fine: '罚款人民币{amount}元',
  fineUpper: '（大写：{upper}）',
  noFine: '—',
  document: '送达文书名称及文号',
  recipient: '受送达人',
  servicePlace: '送达地点',
  serviceWay: '送达方式',
  serviceWayDirect: '直接送达',
  serviceWayLeft: '留置送达',
  serviceWayPost: '邮寄送达',
  server: '送达人',
  recipientSign: '受送达人签名或盖章',
  receivedOn: '收到日期',
  payer: '缴款人',
  payee: '执收单位',
  amount: '金额',
  amountUpper: '金额（大写）',
  item: '收费项目',
  itemFine: '罚没款',
  payDate: '缴款日期',
  bank: '代收银行',
  bankName: '中国工商银行上海市青浦支行',
  voucherNo: '缴款书编号',
  execution: '执行情况',
  closingSuggest: '建议结案。',
  closingAgree: '同意结案。',
  agreeFiling: '同意立案，由{names}承办。',
  suggestFiling: '当事人涉嫌{violation}，建议立案调查。',
  agree: '同意。',
  suggestMeasure: '建议{sanction}。',
  agreeMeasure: '同意，由{names}实施。',
  reviewItem: '审核事项',
  reviewResult: '审核意见',
  reviewer: '审核人',
  reviewDate: '审核日期',
  submitted: '送审日期',
  host: '主持人',
  attendees: '出席人员',
  discussion: '讨论内容',
  conclusion: '讨论结论',
  meetingTime: '时间',
  meetingPlace: '地点',
  meetingRoom: '区城管执法局三楼会议室',
  items: '物品名称',
  quantity: '数量',
  condition: '状况',
  conditionOk: '完好',
  storage: '保管地点',
  storageValue: '区城管执法局暂扣物品仓库',
  volumeInfo: '本卷共{docs}件，共{n}页，其中文字材料{text}页，照片{photos}页。',
  archiver: '立卷人',
  checker: '检查人',
  archiveTime: '立卷时间',
  backNote: '卷内材料齐全，排列有序，页号正确。',
  seal: '（印章）',
  stamp: '（盖章）',
  handled: '经办',
  bureauLeader: '分管局领导',
  squadLeader: '中队长',
  legalSection: '局法制科',
  squadSuffixNone: '',
  withdrawn: '已解除',
  returned: '已返还当事人',
  demolished: '已强制拆除完毕',
  paid: '当事人已于{date}缴纳罚款人民币{amount}元。',
  seizedReturned: '当事人已于{date}到指定地点接受处理，暂扣物品已返还。',
  demolishedOn: '已于{date}依法实施强制拆除。',
  none: '无',
  yes: '是',
  no: '否',
  questionMark: '？',
  caseSuffix: '案',
  timeRange: '{date}{start}至{end}',
  office: '{squad}办公室',
  secondSession: '（第二次）',
  seizeTime: '扣押时间',
  seizePlace: '扣押地点',
  amountValue: '￥{amount}',
  stateAgent: '陈述申辩人',
  recordNo: '编号',
  unitPage: '页',
  attendeeSign: '出席人员（签名）：',
  reviewerSign: '审核人（签名）：',
  handlerSign: '承办人（签名）：',
  leaderSign: '负责人（签名）：',
  decisionDate: '决定日期',
  bankStamp: '中国工商银行 业务受理章',
  sanctionLabel: '处理决定',
  proposed: '拟处理意见',
  squadSubmit: '送审单位',
} as const

export const TEXT = {
  identityStatement: '执法人员{names}向当事人出示执法证件，表明身份，告知其有申请回避的权利，当事人表示不申请回避。',
  inspectionIntro: '现场检查情况：',
  inspectionEnd: '以上笔录已交当事人核对，当事人确认无误。现场拍摄照片{photos}张，已当场责令当事人{order}。',
  sketchNote: '示意图仅供参考，尺寸以现场测量为准。',
  sketchNorth: '北',
  sketchSite: '违法地点',
  sketchRoad: '道路',
  interviewOpenQ: '我们是上海市青浦区城市管理行政执法局的执法人员{o1}、{o2}，这是我们的执法证件（出示证件）。现依法就{violation}一事向你进行调查询问，你应当如实回答，如有虚假须承担法律责任；你有申请执法人员回避的权利，你是否申请回避？',
  interviewOpenA: '不申请回避。',
  interviewSelfQ: '请介绍一下你的基本情况。',
  interviewSelfA: '我叫{name}，身份证号码{id}，住{address}，联系电话{phone}。',
  interviewAgentA: '我叫{name}，是{party}的{role}，受单位委托前来接受调查，这是授权委托书和我的身份证复印件。',
  interviewCloseQ: '你还有什么需要补充的吗？',
  interviewCloseA: '没有了，希望从轻处理。',
  interviewCheckQ: '请你核对以上笔录，如无误请签名。',
  interviewCheckA: '以上笔录我已看过，与我说的一致。',
  extraQA: [
    ['你对执法人员拍摄的现场照片有无异议？', '没有异议。'],
    ['你对执法人员的执法行为有无意见？', '没有意见。'],
    ['执法人员是否向你说明了违法行为的后果？', '说明了。'],
    ['你是否需要提供其他证据材料？', '不需要了。'],
    ['你之前是否因同样的事情被处理过？', '没有被处理过。'],
    ['现场情况目前是否已经改正？', '已经改正了。'],
    ['你对本次违法行为有什么认识？', '认识到自己的行为违反了规定，愿意接受处理。'],
    ['执法人员到场时现场是什么情况？', '和照片上拍的一样。'],
    ['你是否清楚相关管理规定？', '以前不太清楚，现在清楚了。'],
    ['是否有其他人员参与？', '没有其他人。'],
    ['你是否愿意配合后续调查？', '愿意配合。'],
    ['你的联系方式是否有变化？', '没有变化，就是刚才说的电话。'],
    ['执法人员是否向你出示了执法证件？', '出示了。'],
    ['你对询问过程有无意见？', '没有意见。'],
    ['你是否知道执法人员今天为什么找你？', '知道，是为了现场检查发现的那件事。'],
    ['现场发现的情况持续了多长时间？', '时间不长，就这几天。'],
    ['有没有人提醒过你这样做不符合规定？', '之前社区的工作人员提醒过一次。'],
    ['你是否因此获得了收益？', '没有多少收益。'],
    ['你对执法人员现场测量的数据有无异议？', '没有异议。'],
    ['你是否需要联系家属或者单位负责人？', '不需要。'],
    ['你能否提供相关的合同、票据或者其他书面材料？', '可以，回去后整理好交过来。'],
    ['你是否明白拒不改正的法律后果？', '明白了。'],
    ['你打算什么时候整改完毕？', '今天就整改完毕。'],
    ['以上情况是否属实？', '属实。'],
  ] as [string, string][],
  secondSessionQA: [
    ['今天再次向你调查，是为了核实有关情况，你是否清楚？', '清楚。'],
    ['上次询问后，现场是否已经整改到位？', '已经整改到位了，可以去现场复查。'],
    ['你是否带来了相关证明材料？', '带来了，这是营业执照和身份证复印件。'],
    ['你对上次询问笔录的内容有无补充或者更正？', '没有补充，也没有更正。'],
  ] as [string, string][],
  reportSections: ['一、当事人基本情况', '二、案件来源及调查经过', '三、违法事实及证据', '四、法律依据及裁量情节', '五、处理意见'],
  reportSource: '本案来源于{source}。{filedOn}经负责人批准立案，执法人员{names}负责调查。执法人员进行了现场检查，制作了现场检查笔录，拍摄了现场照片，对当事人（或其委托人）进行了询问并制作了询问笔录，调取了相关证明材料。',
  reportEvidence: '上述事实有现场检查笔录、询问笔录、现场照片、当事人身份证明材料等证据证实，证据之间能相互印证，足以认定。',
  reportBasis: '当事人的行为违反了{breach}的规定。依据{penalty}的规定，结合本局行政处罚裁量基准，{reason}',
  reportOpinion: '建议对当事人作出如下处理：{sanction}。当事人拒不改正的，依法采取相应措施。',
  reportCompulsion: '建议依法对当事人实施行政强制：{sanction}。',
  reportEnd: '本案调查终结，请领导审核。',
  noticeBody: '经本局调查：{facts}',
  noticeBasis: '你（单位）的上述行为违反了{breach}的规定。依据{penalty}的规定，本局拟对你（单位）作出如下行政处罚：{sanction}。',
  noticeRights: '根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）有权进行陈述和申辩。如有陈述、申辩意见，请于收到本告知书之日起五个工作日内向本局提出；逾期未提出的，视为放弃上述权利。',
  noticeHearing: '根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求举行听证。如要求听证，应当在收到本告知书之日起五个工作日内提出。',
  noticeContact: '联系人：{names}　联系地址：上海市青浦区公园路100号',
  statementIntro: '当事人（或其委托人）于{date}到本局进行陈述申辩，执法人员依法听取了其陈述和申辩意见，并制作本笔录。',
  statementQA: [
    ['你对本局告知的拟处罚的事实、理由和依据有何陈述、申辩意见？', '对违法事实没有异议，但希望考虑到我们已经及时改正，给予从轻处理。'],
    ['你是否有新的证据需要提交？', '没有新的证据。'],
    ['你是否要求举行听证？', '不要求听证。'],
  ] as [string, string][],
  statementReview: '复核意见：经复核，当事人提出的陈述申辩意见未提供新的事实、理由和证据，其已及时改正的情节在裁量时已予考虑，维持原拟处罚意见。',
  legalReviewItems: ['执法主体是否合法', '案件事实是否清楚', '证据是否确实充分', '适用法律是否准确', '程序是否合法', '裁量是否适当', '文书是否规范'],
  legalReviewOk: '符合规定',
  legalReviewOpinion: '经审核，本案执法主体合法，事实清楚，证据确实充分，适用法律准确，程序合法，裁量适当。同意承办部门提出的处理意见，建议提交集体讨论决定。',
  collectiveBody: '承办人{handler}汇报了案件调查情况、证据材料、法律适用和处理意见；法制审核人员{reviewer}汇报了法制审核意见。与会人员经认真讨论，一致认为本案事实清楚，证据确凿，程序合法，适用法律正确。',
  collectiveConclusion: '经集体讨论决定：{sanction}。',
  collectiveOpinions: [
    '{name}：本案事实清楚，证据确凿，同意承办人提出的处理意见。',
    '{name}：同意法制审核意见，处罚程序符合规定，建议按拟定意见作出处罚决定。',
    '{name}：当事人违法行为的裁量阶次与情节相符，罚款数额在裁量基准范围内，同意。',
    '{name}：建议在决定书中写明裁量理由，并督促当事人及时改正，同意拟处理意见。',
  ],
  collectiveOpinionsHead: '与会人员发表意见如下：',
  decisionFacts: '经查，{facts}',
  decisionEvidence: '以上事实有下列证据证明：1.现场检查笔录；2.询问笔录；3.现场照片；4.当事人身份证明材料。',
  decisionBasis: '本局认为，当事人的上述行为违反了{breach}的规定。本局于{notifiedOn}向当事人告知了拟作出行政处罚的事实、理由、依据及其依法享有的陈述、申辩等权利。{statement}依据{penalty}的规定，{reason}',
  decisionStatementMade: '当事人在规定期限内提出了陈述申辩意见，经复核，不予采纳。',
  decisionNoStatement: '当事人在规定期限内未提出陈述申辩意见。',
  decisionSanction: '本局决定对当事人作出如下行政处罚：{sanction}。',
  decisionPayment: '当事人应当自收到本决定书之日起十五日内，持本决定书到指定银行缴纳罚款。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。',
  decisionRemedy: '如不服本决定，可以在收到本决定书之日起六十日内向{reviewBody}申请行政复议，也可以在六个月内依法向人民法院提起行政诉讼。行政复议和行政诉讼期间，本决定不停止执行。',
  decisionSimpleBody: '执法人员于{date}{time}在{place}查明，当事人{party}{violation}，违反了{breach}的规定。执法人员当场告知了当事人拟作出行政处罚的事实、理由和依据以及依法享有的陈述、申辩权利，当事人未提出陈述申辩。依据{penalty}的规定，当场作出如下行政处罚决定：{sanction}。',
  decisionSimplePay: '当事人应当自收到本决定书之日起十五日内缴纳罚款。',
  compulsionBody: '当事人{party}：{facts}',
  demolitionBasis: '依据{penalty}及{compulsion}的规定，本局决定自本决定书送达之日起对上述违法建筑实施强制拆除。',
  seizureBasis: '依据{penalty}及{compulsion}的规定，本局决定对当事人的下列物品予以扣押，扣押期限为三十日。扣押物品详见扣押物品清单。',
  compulsionRemedy: '如不服本决定，可以在收到本决定书之日起六十日内向{reviewBody}申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。',
  compulsionLaw: '《中华人民共和国行政强制法》第四十四条',
  seizureLaw: '《中华人民共和国行政强制法》第二十四条',
  demandBody: '本局于前期依法责令你（单位）限期拆除位于{place}的违法建筑，你（单位）逾期未自行拆除，也未在法定期限内申请行政复议或者提起行政诉讼。根据《中华人民共和国行政强制法》第三十五条的规定，现催告你（单位）于收到本催告书之日起十日内自行拆除。逾期仍未履行的，本局将依法实施强制拆除。你（单位）有权进行陈述和申辩。',
  sanctionDemolition: '对当事人位于{place}的违法建筑实施强制拆除',
  sanctionSeizure: '暂扣当事人经营兜售的物品及相关工具',
  sanctionVehicle: '暂扣当事人的运输车辆',
  orderAnd: '责令当事人{order}，并处{fine}',
  serviceNotice: '行政处罚事先告知书',
  serviceNoticeDemand: '催告书',
  serviceDecision: '行政处罚决定书',
  serviceCompulsion: '行政强制决定书',
  receiptNote: '本缴款书为缴款回单，请妥善保管。',
  backStatement: '本案卷由承办人按规定整理立卷，经检查，卷内文书材料齐全完整。',
  closingSeizure: '暂扣物品已依法处理完毕，建议结案。',
  closingDemolition: '违法建筑已依法强制拆除完毕，建议结案。',
  seizureListNote: '以上物品经当事人核对无误。',
  photoPlaceholder: '现场照片',
  idCopyNote: '经核对与原件一致',
  licenseLines: ['名称：{party}', '类型：有限责任公司', '法定代表人：{rep}', '住所：{address}', '统一社会信用代码：{code}'],
  idLines: ['姓名：{name}', '住址：{address}', '公民身份号码：{id}'],
  coverNote: '共{n}页',
} as const

export const PUNCT = { list: '、', open: '（', close: '）', colon: '：', comma: '，', period: '。', space: '　' } as const

/** Signs that may not open a line (避头): they stay at the end of the previous one. */
export const LINE_START_FORBIDDEN = '，。、；：？！）》”’〕】」'

export const CHINESE_DIGITS = '〇一二三四五六七八九十百千万'
export const MONEY_DIGITS = '零壹贰叁肆伍陆柒捌玖'
export const MONEY_UNITS = ['', '拾', '佰', '仟']
export const MONEY_SECTIONS = ['', '万', '亿']
export const MONEY_SUFFIX = { yuan: '元', whole: '整' } as const
export const DATE_UNITS = { year: '年', month: '月', day: '日', hour: '时', minute: '分' } as const
export const SEAL_STAR = '★'

/** Characters every font subset must carry even if no string above uses them today. */
export const EXTRA_CHARACTERS =
  '〔〕《》（）：；，。、“”‘’—…·！？【】「」　' + '第条款项' + CHINESE_DIGITS + '年月日时分号元整' + MONEY_DIGITS + '拾佰仟万亿'
