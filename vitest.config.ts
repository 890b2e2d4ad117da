import tsconfigPaths from 'vite-tsconfig-paths'
import { defineConfig } from 'vitest/config'

// Kept apart from vite.config.ts: unit and integration tests need no Remix plugin.
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ['app/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'prisma/**/*.test.ts', 'test/integration/**/*.test.ts'],
    exclude: ['node_modules', 'build', 'test/e2e/**'],
    setupFiles: ['./test/setup/vitest-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
})
