// Once per test run, for the site tier only: the site built as a newcomer gets it, for the files
// that serve it (tests/support/site.ts). ZVEZDA_TEST_SKIP_BUILD=1 reuses an existing build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

export default function build() {
  if (process.env.ZVEZDA_TEST_SKIP_BUILD === '1' && existsSync(path.join(root, '.next', 'BUILD_ID'))) return;
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    // npm test has just type-checked everything (tsc --noEmit) before vitest started.
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      ...(process.env.npm_lifecycle_event === 'test' ? { ZVEZDA_TYPES_CHECKED: '1' } : {}),
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`);
}
