// npm run build: the site (next build), then the serving process compiled to one file
// (server/bundle.ts). npm start, check:deploy and the tests build through this script alone.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { bundleServer } from '../server/bundle';
import { PROJECT_ROOT } from './db/database';

if (process.argv.includes('--help')) {
  console.log(`Usage: npm run build
Builds the site with next build and compiles the serving process to dist/serve.mjs.
ZVEZDA_TYPES_CHECKED=1 skips next build's type check (npm test runs tsc alongside).`);
  process.exit(0);
}

const next = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/next/dist/bin/next'), 'build'], {
  cwd: PROJECT_ROOT,
  stdio: 'inherit',
  env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env },
});
if (next.status !== 0) {
  console.error(`next build failed (${next.signal ?? `exit code ${next.status}`}).`);
  process.exit(1);
}
await bundleServer();
