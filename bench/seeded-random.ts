/** Numbers in [0, 1), the same sequence for the same seed (mulberry32): benches that can be repeated. */
export { seededRandom } from '../shared/domain/seeded-random'
