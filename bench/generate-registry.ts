import type sqlite3 from 'sqlite3'
import { ENFORCEMENT_DOMAINS } from '../shared/contract/cases'

const SQUADS = ['机动中队', '夏阳街道中队', '盈浦街道中队', '香花桥街道中队', '赵巷镇中队', '徐泾镇中队', '华新镇中队', '重固镇中队', '白鹤镇中队', '朱家角镇中队', '练塘镇中队', '金泽镇中队']
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂'

function run(raw: sqlite3.Database, sql: string, params: unknown[] = []) {
  return new Promise<void>((resolve, reject) => raw.run(sql, params, (e) => (e ? reject(e) : resolve())))
}

function prepare(raw: sqlite3.Database, sql: string) {
  const stmt = raw.prepare(sql)
  return {
    run: (params: unknown[]) => new Promise<void>((resolve, reject) => stmt.run(params, (e) => (e ? reject(e) : resolve()))),
    done: () => new Promise<void>((resolve) => stmt.finalize(() => resolve())),
  }
}

/** Fills a migrated database with a large deterministic registry (squads, officers, cases). */
export async function generateRegistry(raw: sqlite3.Database, caseCount: number, officersPerSquad = 40) {
  let seed = 42
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const now = new Date('2024-01-01T00:00:00Z').toISOString()
  await run(raw, 'BEGIN')
  for (const [i, name] of SQUADS.entries()) await run(raw, 'INSERT INTO squads (id, name, kind, sort_order) VALUES (?, ?, ?, ?)', [i + 1, name, i === 0 ? 'mobile' : i < 4 ? 'street' : 'town', i])
  const officer = prepare(raw, 'INSERT INTO officers (id, name, badge_number, squad_id, certified) VALUES (?, ?, ?, ?, 1)')
  const officerCount = SQUADS.length * officersPerSquad
  for (let i = 1; i <= officerCount; i++) {
    await officer.run([i, SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length], `31118${String(i).padStart(5, '0')}`, 1 + ((i - 1) % SQUADS.length)])
  }
  await officer.done()
  const insertCase = prepare(
    raw,
    `INSERT INTO cases (id, case_number, party, party_type, procedure, case_type, domain, squad_id, violation, legal_basis,
      discretion_tier, penalty_fen, is_major, discovered_on, filed_on, decided_on, created_at, updated_at)
     VALUES (?, ?, ?, 'individual', 'ordinary', 'penalty', ?, ?, '运输渣土车辆未密闭', '《上海市市容环境卫生管理条例》第二十五条第二款', 'general', ?, 0, ?, ?, ?, ?, ?)`,
  )
  const link = prepare(raw, 'INSERT INTO case_officers (case_id, officer_id, position) VALUES (?, ?, ?)')
  const day = (offset: number) => new Date(Date.UTC(2019, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10)
  for (let i = 1; i <= caseCount; i++) {
    const squad = 1 + Math.floor(rand() * SQUADS.length)
    const filed = Math.floor(rand() * 365 * 5)
    await insertCase.run([
      i,
      `青城管罚字〔${2019 + Math.floor(filed / 365)}〕第${String(i).padStart(6, '0')}号`,
      SURNAMES[i % SURNAMES.length] + '某' + GIVEN[i % GIVEN.length],
      ENFORCEMENT_DOMAINS[i % ENFORCEMENT_DOMAINS.length],
      squad,
      Math.floor(rand() * 100) * 10_000,
      day(filed - 2),
      day(filed),
      day(filed + 30 + Math.floor(rand() * 60)),
      now,
      now,
    ])
    const first = (squad - 1) + SQUADS.length * Math.floor(rand() * officersPerSquad) + 1
    await link.run([i, first, 0])
    await link.run([i, ((first + SQUADS.length - 1) % officerCount) + 1, 1])
  }
  await insertCase.done()
  await link.done()
  await run(raw, 'COMMIT')
  await run(raw, 'ANALYZE')
}
