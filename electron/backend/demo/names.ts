import type { Random } from './random'
import { BRANDS, GIVEN_NAMES, ORG_PREFIX, SURNAMES } from './vocabulary'

/** Hands out person and organisation names, never the same one twice in a workspace. */
export class NameBook {
  private readonly used = new Set<string>()

  constructor(private readonly random: Random) {}

  person(): string {
    for (;;) {
      const name = this.random.pick(SURNAMES) + this.random.pick(GIVEN_NAMES)
      if (!this.used.has(name)) {
        this.used.add(name)
        return name
      }
    }
  }

  organization(suffixes: readonly string[]): string {
    for (;;) {
      const name = ORG_PREFIX + this.random.pick(BRANDS) + this.random.pick(suffixes)
      if (!this.used.has(name)) {
        this.used.add(name)
        return name
      }
    }
  }

  /** A brand for place names (sites, residential compounds); repeats are fine there. */
  brand(): string {
    return this.random.pick(BRANDS)
  }
}
