import { availableParallelism } from 'node:os';
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
    // Vitest's default leaves a core idle (one worker on a 2-core machine), but much of the suite
    // waits on Chromium, Vite and CLI processes of its own: a worker per core runs it in about two
    // thirds of the time. Tests that recompile lib/ (`npm run pdf`) swap it in whole (scripts/compile.mjs).
    maxWorkers: availableParallelism(),
    reporters: ['default'],
  },
});
