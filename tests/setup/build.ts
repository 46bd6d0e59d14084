// Once per test run, for the site tier only: the site built as a newcomer gets it, for the files
// that serve it (tests/support/site.ts). The build runs in the background so that the integration
// tier's files run while it compiles; each site-tier file waits for it before it imports anything
// (./wait-for-build.ts). ZVEZDA_TEST_SKIP_BUILD=1 reuses an existing build of the site.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { bundleServer } from '../../server/bundle';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A file that appears when the build has ended: `{ ok: true }`, or `{ ok: false, output }`. */
    buildStatusFile: string;
  }
}

export type BuildStatus = { ok: true } | { ok: false; output: string };

const root = path.resolve(import.meta.dirname, '..', '..');

export default async function build(project: TestProject) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'zvezda-build-'));
  const statusFile = path.join(folder, 'status.json');
  project.provide('buildStatusFile', statusFile);
  // Written whole and then renamed, so a waiting file never reads half of it.
  const settle = (status: BuildStatus) => {
    writeFileSync(`${statusFile}.part`, JSON.stringify(status));
    renameSync(`${statusFile}.part`, statusFile);
  };
  if (process.env.ZVEZDA_TEST_SKIP_BUILD === '1' && existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    // The serving process is compiled again all the same: it takes a second, and an edit in
    // server/ is then never tested against an older copy.
    await bundleServer();
    settle({ ok: true });
    return () => rmSync(folder, { recursive: true, force: true });
  }
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'build.ts')], {
    cwd: root,
    // npm test type-checks everything (tsc --noEmit) alongside vitest, and fails if that fails.
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      ...(process.env.npm_lifecycle_event === 'test' ? { ZVEZDA_TYPES_CHECKED: '1' } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    // The end of the log says why a build failed; its beginning is the same for every build.
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('error', (error) => settle({ ok: false, output: `${output}\n${error.message}` }));
  child.on('close', (code, signal) =>
    settle(
      code === 0 ? { ok: true } : { ok: false, output: `${output}\n(npm run build ended with ${signal ?? code})` },
    ),
  );
  return () => {
    // A run cut short (Ctrl-C, a failed setup) must not leave a build writing into .next.
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    rmSync(folder, { recursive: true, force: true });
  };
}
