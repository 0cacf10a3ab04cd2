import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian Chromium (run `npm run build` first).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
    reporters: process.env.VITEST_JSON ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON ? { json: process.env.VITEST_JSON.replace(/\.json$/, '.e2e.json') } : undefined,
  },
});
