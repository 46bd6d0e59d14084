// The first setup file of every site-tier file: the build (./build.ts) runs in the background
// while the integration tier runs, and a file that serves the site, starts scripts/start or reads
// .next must not begin before it has ended. A failed build fails each such file with its log.
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import type { BuildStatus } from './build';

const statusFile = inject('buildStatusFile');
const deadline = Date.now() + 20 * 60_000;
while (!existsSync(statusFile)) {
  if (Date.now() > deadline) throw new Error('the build (npm run build) has not ended after 20 minutes');
  await sleep(250);
}
const status = JSON.parse(readFileSync(statusFile, 'utf8')) as BuildStatus;
if (!status.ok) throw new Error(`npm run build failed:\n${status.output}`);
