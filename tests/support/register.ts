import { writeFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { gbk } from './gbk'
import { nth } from './defined'

/** The district's squads as an empty install has them (resources/org/default-squads.json). */
export const REGISTER_SQUADS = ['机动中队', '夏阳街道中队', '盈浦街道中队', '香花桥街道中队', '赵巷镇中队', '徐泾镇中队', '华新镇中队', '重固镇中队', '白鹤镇中队', '朱家角镇中队', '练塘镇中队', '金泽镇中队'] as const
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂'
// Violations whose words tell their enforcement domain.
const VIOLATIONS = ['运输渣土车辆未密闭', '擅自设摊经营', '餐饮油烟直排', '生活垃圾未分类投放', '擅自搭建违法建筑', '施工工地扬尘污染', '房屋中介未备案经营', '跨门营业']

/** The header of the bureau's case system export, as its register has it. */
export const REGISTER_HEADER = ['序号', '案件编号', '当事人', '违法行为', '承办单位', '承办人', '立案日期', '处罚决定日期', '送达日期', '结案日期', '罚款金额（元）', '程序类型', '案件来源', '是否重大案件', '法制审核日期']

export interface RegisterOptions {
  rows: number
  /** The first case's serial, so two registers can overlap or not. */
  start?: number
  year?: number
  /** Date forms a real register mixes. */
  dateStyle?: 'iso' | 'mixed'
}

const pad = (n: number, w: number) => String(n).padStart(w, '0')

/** A deterministic register: every squad has cases, every officer a name of two characters. */
export function registerRows({ rows, start = 1, year = 2023, dateStyle = 'mixed' }: RegisterOptions): (string | number)[][] {
  const out: (string | number)[][] = [REGISTER_HEADER]
  for (let i = 0; i < rows; i++) {
    const n = start + i
    const squad = nth(REGISTER_SQUADS, n % REGISTER_SQUADS.length)
    // Four officers per squad handle its cases, two to a case.
    const squadIndex = n % REGISTER_SQUADS.length
    const officer = (k: number) => {
      const j = squadIndex * 4 + ((Math.floor(n / REGISTER_SQUADS.length) + k) % 4)
      return SURNAMES.charAt(j % SURNAMES.length) + GIVEN.charAt((j * 7) % GIVEN.length)
    }
    const month = 1 + (n % 11)
    const day = 1 + (n % 27)
    const date = (m: number, d: number, style: number) => {
      if (dateStyle === 'iso' || style === 0) return `${year}-${pad(m, 2)}-${pad(d, 2)}`
      if (style === 1) return `${year}/${m}/${d}`
      if (style === 2) return `${year}年${m}月${d}日`
      return `${year}.${m}.${d}`
    }
    const simple = n % 10 === 0
    const major = n % 25 === 0
    out.push([
      i + 1,
      `青城管罚字〔${year}〕第${pad(n, 5)}号`,
      n % 3 === 0 ? `上海${SURNAMES[n % SURNAMES.length]}氏商贸有限公司` : `${SURNAMES[n % SURNAMES.length]}某${GIVEN[n % GIVEN.length]}`,
      nth(VIOLATIONS, n % VIOLATIONS.length),
      squad,
      `${officer(0)}、${officer(1)}`,
      date(month, day, n % 4),
      date(month, Math.min(28, day + 1), (n + 1) % 4),
      date(month + 1, 1, (n + 2) % 4),
      n % 5 === 0 ? '' : date(month + 1, 15, (n + 3) % 4),
      n % 7 === 0 ? `${(n % 9) + 1}万元` : `${(((n * 37) % 50) + 1) * 100}`,
      simple ? '简易程序' : '普通程序',
      n % 4 === 0 ? '投诉举报' : '巡查发现',
      major ? '是' : '否',
      major ? date(month, Math.min(28, day + 1), 0) : '',
    ])
  }
  return out
}

const csvCell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))

/** Writes a register as CSV in the encoding a bureau's export uses. */
export async function writeRegisterCsv(path: string, options: RegisterOptions & { encoding: 'gbk' | 'utf-8' | 'utf-8-bom'; table?: (string | number)[][] }) {
  const text = (options.table ?? registerRows(options)).map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
  const bytes = options.encoding === 'gbk' ? gbk(text) : Buffer.from((options.encoding === 'utf-8-bom' ? '\ufeff' : '') + text, 'utf8')
  await writeFile(path, bytes)
  return path
}

/** Writes a register as xlsx with real date cells and numbers, as Excel or WPS save it. */
export async function writeRegisterXlsx(path: string, options: RegisterOptions & { table?: (string | number)[][]; title?: string }) {
  const wb = new ExcelJS.Workbook()
  const sheet = wb.addWorksheet('案件台账')
  if (options.title) sheet.addRow([options.title])
  const table = options.table ?? registerRows({ ...options, dateStyle: 'iso' })
  for (const [i, row] of table.entries()) {
    sheet.addRow(i === 0 ? row : row.map((v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : v)))
  }
  await wb.xlsx.writeFile(path)
  return path
}
