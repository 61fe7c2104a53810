import type { BareSqlite } from './bare-sqlite'
import { ENFORCEMENT_DOMAINS } from '../shared/contract/cases'

const SQUADS = ['机动中队', '夏阳街道中队', '盈浦街道中队', '香花桥街道中队', '赵巷镇中队', '徐泾镇中队', '华新镇中队', '重固镇中队', '白鹤镇中队', '朱家角镇中队', '练塘镇中队', '金泽镇中队']
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂'

/**
 * Fills a migrated database with a large deterministic registry (squads, officers, cases), on the
 * bench's own connection. The caller runs ANALYZE once everything is generated.
 */
export async function generateRegistry(bare: BareSqlite, caseCount: number, officersPerSquad = 40) {
  let seed = 42
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const now = new Date('2024-01-01T00:00:00Z').toISOString()
  await bare.transaction(async (s) => {
    for (const [i, name] of SQUADS.entries()) await s.run('INSERT INTO squads (id, name, kind, sort_order) VALUES (?, ?, ?, ?)', [i + 1, name, i === 0 ? 'mobile' : i < 4 ? 'street' : 'town', i])
    const officerCount = SQUADS.length * officersPerSquad
    for (let i = 1; i <= officerCount; i++) {
      await s.run('INSERT INTO officers (id, name, badge_number, squad_id, certified) VALUES (?, ?, ?, ?, 1)', [i, SURNAMES.charAt(i % SURNAMES.length) + GIVEN.charAt((i * 7) % GIVEN.length), `31118${String(i).padStart(5, '0')}`, 1 + ((i - 1) % SQUADS.length)])
    }
    const INSERT_CASE = `INSERT INTO cases (id, case_number, party, party_type, procedure, case_type, domain, squad_id, violation, legal_basis,
        discretion_tier, penalty_fen, is_major, discovered_on, filed_on, decided_on, created_at, updated_at)
       VALUES (?, ?, ?, 'individual', 'ordinary', 'penalty', ?, ?, '运输渣土车辆未密闭', '《上海市市容环境卫生管理条例》第二十五条第二款', 'general', ?, 0, ?, ?, ?, ?, ?)`
    const LINK = 'INSERT INTO case_officers (case_id, officer_id, position) VALUES (?, ?, ?)'
    const day = (offset: number) => new Date(Date.UTC(2019, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10)
    for (let i = 1; i <= caseCount; i++) {
      const squad = 1 + Math.floor(rand() * SQUADS.length)
      const filed = Math.floor(rand() * 365 * 5)
      await s.run(INSERT_CASE, [
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
      await s.run(LINK, [i, first, 0])
      await s.run(LINK, [i, ((first + SQUADS.length - 1) % officerCount) + 1, 1])
    }
  })
}
