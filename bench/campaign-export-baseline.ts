import ExcelJS from 'exceljs'
import type { BareSession } from './bare-sqlite'
import type { Rubric } from '../shared/domain/rubric'
import { only } from '../tests/support/defined'

/** The rubric's items as SQL rows (item, section, title, category): what the baseline knows of the rubric. */
function itemsCte(rubric: Rubric) {
  const quote = (s: string) => `'${s.replace(/'/g, "''")}'`
  const rows = rubric.sections.flatMap((s) => s.items.map((i) => `(${quote(i.id)}, ${quote(s.title)}, ${quote(`${i.id} ${i.title}`)}, ${quote(i.category)})`))
  return `items(item_id, section, title, category) as materialized (values ${rows.join(', ')})`
}

const COUNTED = `e.status = 'submitted'`

/** Per assignment: the case, its officers, reviewer, status, score, vetoes, deductions as text. */
const CASES = `select a.id, c.case_number, c.party, s.name as squad,
    (select group_concat(o.name, '、') from case_officers co join officers o on o.id = co.officer_id where co.case_id = c.id) as officers,
    c.domain, c.procedure, r.name as reviewer, coalesce(e.status, 'not_started') as status, e.total, e.grade,
    (select group_concat(v.veto_id, '、') from veto_findings v where v.evaluation_id = e.id) as vetoes,
    (select sum(d.points_tenths) / 10.0 from deductions d where d.evaluation_id = e.id) as deducted,
    (select group_concat(d.item_id || ' −' || (d.points_tenths / 10.0) || '：' || d.reason, '；') from deductions d where d.evaluation_id = e.id) as items,
    case when ${COUNTED} then e.total end as campaign_total, case when ${COUNTED} then e.grade end as campaign_grade, null as double_review
  from assignments a join cases c on c.id = a.case_id join squads s on s.id = c.squad_id join reviewers r on r.id = a.reviewer_id
  left join evaluations e on e.assignment_id = a.id
  where a.campaign_id = ? order by a.id`

/** Deductions (with their item note and maker from the audit log), then vetoes, then notes without a deduction. */
const DEDUCTIONS = (rubric: Rubric) => `with ${itemsCte(rubric)},
  makers as materialized (select cast(json_extract(after, '$.deductionId') as integer) as deduction_id, actor from audit_log
    where entity = 'evaluation' and action in ('evaluation.deduct', 'evaluation.check_confirm')),
  ev as materialized (select e.id, e.status, c.case_number, s.name as squad, r.name as reviewer from evaluations e join assignments a on a.id = e.assignment_id
    join cases c on c.id = a.case_id join squads s on s.id = c.squad_id join reviewers r on r.id = a.reviewer_id where a.campaign_id = ?)
  select * from (
    select ev.case_number, ev.squad, ev.reviewer, ev.status, '扣分' as kind, i.section, i.title, i.category, d.points_tenths / 10.0 as points, d.reason, d.page,
      st.note, m.actor, d.created_at, d.evaluation_id as k1, 0 as k2, d.item_id as k3, d.id as k4
    from deductions d join ev on ev.id = d.evaluation_id left join items i on i.item_id = d.item_id
    left join item_states st on st.evaluation_id = d.evaluation_id and st.item_id = d.item_id and st.note != ''
    left join makers m on m.deduction_id = d.id
    union all
    select ev.case_number, ev.squad, ev.reviewer, ev.status, '否决项', null, v.veto_id, null, null, v.reason, v.page, null, null, null, v.evaluation_id, 1, v.veto_id, 0
    from veto_findings v join ev on ev.id = v.evaluation_id
    union all
    select ev.case_number, ev.squad, ev.reviewer, ev.status, '备注', i.section, i.title, null, null, null, null, st.note, null, null, st.evaluation_id, 2, st.item_id, 0
    from item_states st join ev on ev.id = st.evaluation_id left join items i on i.item_id = st.item_id
    where st.note != '' and not exists (select 1 from deductions d where d.evaluation_id = st.evaluation_id and d.item_id = st.item_id)
  ) order by k1, k2, k3, k4`

/** Per case of the campaign: its result (submitted only), with squad and problem counts. */
const RESULTS = `results as (select c.id as case_id, c.squad_id, case when ${COUNTED} then 1 else 0 end as counted,
    case when ${COUNTED} then e.total end as total, case when ${COUNTED} then e.grade end as grade,
    case when ${COUNTED} and exists (select 1 from veto_findings v where v.evaluation_id = e.id) then 1 else 0 end as vetoed,
    case when ${COUNTED} then (select count(*) from deductions d where d.evaluation_id = e.id) else 0 end as deductions,
    case when ${COUNTED} then (select coalesce(sum(points_tenths), 0) from deductions d where d.evaluation_id = e.id) else 0 end as tenths
  from assignments a join cases c on c.id = a.case_id left join evaluations e on e.assignment_id = a.id where a.campaign_id = ?)`

const TALLY = `count(*) as cases, sum(counted) as counted, count(*) - sum(counted) as open, round(avg(total), 1) as average,
    max(total) as max, min(total) as min, sum(grade = 'excellent') as excellent, sum(grade = 'good') as good, sum(grade = 'pass') as pass, sum(grade = 'fail') as fail,
    1.0 * sum(grade in ('excellent', 'good')) / nullif(sum(counted), 0) as good_rate, 1.0 * sum(grade in ('excellent', 'good', 'pass')) / nullif(sum(counted), 0) as pass_rate,
    sum(vetoed) as vetoed, sum(deductions) as deductions, sum(tenths) / 10.0 as points`

const SQUADS = `with ${RESULTS} select row_number() over (order by avg(total) desc nulls last, s.name) as rank, s.name, ${TALLY}
  from results r join squads s on s.id = r.squad_id group by s.id order by rank`

const OFFICERS = `with ${RESULTS} select o.name, o.badge_number, s.name as squad, ${TALLY}
  from results r join case_officers co on co.case_id = r.case_id join officers o on o.id = co.officer_id join squads s on s.id = o.squad_id
  group by o.id order by avg(total) desc nulls last, o.name`

const OVERALL = `with ${RESULTS} select ${TALLY} from results`

const CATEGORIES = (rubric: Rubric) => `with ${itemsCte(rubric)},
  counted as materialized (select e.id, c.id as case_id, s.name as squad from evaluations e join assignments a on a.id = e.assignment_id join cases c on c.id = a.case_id
    join squads s on s.id = c.squad_id where a.campaign_id = ? and ${COUNTED}),
  problems as materialized (select i.category, counted.case_id, counted.squad, d.points_tenths from deductions d join counted on counted.id = d.evaluation_id join items i on i.item_id = d.item_id),
  per_squad as materialized (select category, squad, count(distinct case_id) as n from problems group by category, squad)
  select row_number() over (order by count(distinct p.case_id) desc, sum(p.points_tenths) desc) as rank, p.category, count(distinct p.case_id) as cases,
    1.0 * count(distinct p.case_id) / (select count(*) from counted) as share, count(*) as deductions, sum(p.points_tenths) / 10.0 as points,
    (select group_concat(squad || '（' || n || '）', '、') from per_squad ps where ps.category = p.category) as squads
  from problems p group by p.category order by rank`

/**
 * The baseline of the campaignExport bench: bare exceljs writing the same six sheets with the same
 * cells, each sheet's rows read by one plain SQL query (the 汇总 sheet by one more for the overall
 * figures, beside the squads' rows): enum codes as stored rather than their labels, no styles, no
 * column widths, no page setup.
 */
export async function bareCampaignWorkbook(sql: BareSession, rubric: Rubric, campaignId: number, file: string) {
  const wb = new ExcelJS.Workbook()
  const summary = wb.addWorksheet('汇总')
  const sheet = (name: string, rows: Record<string, unknown>[]) => {
    const ws = wb.addWorksheet(name)
    const [first] = rows
    if (first) ws.addRow(Object.keys(first))
    for (const r of rows) ws.addRow(Object.values(r))
  }
  const cases = await sql.all<Record<string, unknown>>(CASES, [campaignId])
  sheet('评查结果', cases)
  sheet('扣分明细', (await sql.all<Record<string, unknown>>(DEDUCTIONS(rubric), [campaignId])).map(({ k1: _1, k2: _2, k3: _3, k4: _4, ...r }) => r))
  const squads = await sql.all<Record<string, unknown>>(SQUADS, [campaignId])
  sheet('中队汇总', squads)
  sheet('执法人员', await sql.all<Record<string, unknown>>(OFFICERS, [campaignId]))
  sheet('问题类别', await sql.all<Record<string, unknown>>(CATEGORIES(rubric), [campaignId]))
  const overall = only(await sql.all<Record<string, unknown>>(OVERALL, [campaignId]), 'overall row')
  summary.addRow(['2024年3月案卷月度抽查评查结果汇总'])
  summary.addRow(['印发单位：执法监督科　　评查期间：2024-03-01 至 2024-03-31'])
  summary.addRow([])
  summary.addRow(Object.keys(overall))
  summary.addRow(Object.values(overall))
  summary.addRow([])
  summary.addRow(['中队排名（按平均分）'])
  for (const s of squads) summary.addRow(Object.values(s).slice(0, 11))
  summary.addRow(['合计', null, ...Object.values(overall).slice(0, 9)])
  await wb.xlsx.writeFile(file)
  return { cases: cases.length }
}
