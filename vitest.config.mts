import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // e2e specs share one built renderer and one browser; keep files from starving each other.
    fileParallelism: true,
    pool: 'forks',
  },
})
