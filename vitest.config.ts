import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Three tiers (docs/testing.md), each a Vitest project; `vitest run` runs them all, once each.
// - unit: tests/unit, pure code, no database and no build;
// - integration: tests/integration files that do not serve the site, each on its own database;
// - site: the files that serve the built site (and tests/e2e, which drive it in Chromium).
// A file serves the site when it starts it (useSite, startSite, scripts/start) or reads the build.
const SERVES_SITE = /useSite\(|startSite\(|currentSite\(|support\/browser|scripts\/start|\.next\b|next build|BUILD_ID/;
const integrationFiles = readdirSync(path.resolve(import.meta.dirname, 'tests/integration'))
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => `tests/integration/${file}`);
const servesSite = (file: string) => SERVES_SITE.test(readFileSync(path.resolve(import.meta.dirname, file), 'utf8'));

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // lib/db.ts guards against client bundles with `server-only`; tests are server code.
      'server-only': path.resolve(import.meta.dirname, 'tests/setup/server-only.ts'),
    },
  },
  test: {
    pool: 'forks',
    maxWorkers: 2,
    // A worker runs its files one after another in one process, loading the modules they share
    // (lib/, Prisma's client, playwright-core) once instead of once per file. Each file still gets
    // its own database and folder (tests/setup/each-file.ts); support modules do per-file work in
    // hooks their callers register, or with atFileEnd (tests/support/file-end.ts).
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], setupFiles: ['tests/setup/console-errors.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: integrationFiles.filter((file) => !servesSite(file)),
          globalSetup: ['tests/setup/global.ts'],
          setupFiles: ['tests/setup/each-file.ts', 'tests/setup/console-errors.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: [...integrationFiles.filter(servesSite), 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/global.ts', 'tests/setup/build.ts'],
          setupFiles: ['tests/setup/wait-for-build.ts', 'tests/setup/each-file.ts', 'tests/setup/console-errors.ts'],
        },
      },
    ],
  },
});
