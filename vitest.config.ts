import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The package test packs, installs and runs the tarball (over a minute on a 2-core machine):
    // `npm run test:package` runs it, after `npm test` in .ci/run.
    exclude: process.env.BRIEFDECK_PACKAGE_TEST ? configDefaults.exclude : [...configDefaults.exclude, 'test/package/**'],
    // Browser and Vite-build tests start real processes; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
