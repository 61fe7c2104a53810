import type { Locale } from '../contract/workspace'
import { joinProblems, sheetPlace } from './import-problems'

export type CalendarColumn = 'date' | 'kind' | 'note'
export type CalendarProblemKind = 'no_header' | 'no_rows' | 'bad_date' | 'bad_kind' | 'note_too_long' | 'too_many'

export interface CalendarProblem {
  row: number | null
  column: CalendarColumn | null
  kind: CalendarProblemKind
  value?: string
}

/** The calendar file's columns; either language's header is accepted. */
export const CALENDAR_COLUMNS: Record<CalendarColumn, { 'zh-CN': string; en: string; also: string[] }> = {
  date: { 'zh-CN': '日期', en: 'Date', also: [] },
  kind: { 'zh-CN': '类型', en: 'Kind', also: ['type', '放假/上班', '安排'] },
  note: { 'zh-CN': '备注', en: 'Note', also: ['说明', '名称'] },
}

/** Words for 放假 and 上班 as lists and notices write them. */
export const CALENDAR_KINDS: Record<'holiday' | 'workday', string[]> = {
  holiday: ['放假', '休息', '休', '假', '节假日', 'holiday', 'rest', 'off'],
  workday: ['上班', '调休上班', '班', '工作日', '补班', 'workday', 'work'],
}

function text(p: CalendarProblem, locale: Locale): string {
  const en = locale === 'en'
  switch (p.kind) {
    case 'no_header':
      return en ? 'no header row found: name the columns Date, Kind (放假 / 上班) and Note' : '找不到表头：第一行应为“日期”“类型”（放假/上班）“备注”'
    case 'no_rows':
      return en ? 'the file has no dates below the header' : '表头下没有日期'
    case 'bad_date':
      return en ? `“${p.value}” is not a date (write 2024-10-01)` : `“${p.value}”不是有效日期（应写作2024-10-01）`
    case 'bad_kind':
      return en ? `“${p.value}” is neither 放假 (holiday) nor 上班 (workday)` : `“${p.value}”应为“放假”或“上班”`
    case 'note_too_long':
      return en ? 'the note is longer than 100 characters' : '备注超过100个字'
    case 'too_many':
      return en ? 'more than 1,000 dates: split the file' : '日期超过1000条，请分成几个文件导入'
  }
}

export function calendarProblemsText(problems: CalendarProblem[], locale: Locale): string {
  return joinProblems(
    problems.map((p) => sheetPlace(p.row, p.column && CALENDAR_COLUMNS[p.column][locale], locale) + text(p, locale)),
    locale,
  )
}
