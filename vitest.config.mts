import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    // expect.poll waits for what a screen shows after the backend answers: on a loaded 2-core
    // machine that can take longer than the default second.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 180_000,
    // e2e specs share one built renderer and one browser; keep files from starving each other.
    fileParallelism: true,
    pool: 'forks',
  },
})
