// Whether the build (the site in .next, the serving process in dist/) is missing or older than the
// sources: npm start builds then, and check:deploy builds once before starting its two instances
// on the same build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { SERVE_BUNDLE } from '../server/site-process';
import { PROJECT_ROOT } from './db/database';

const SOURCE_DIRS = ['app', 'lib', 'messages', 'i18n', 'public', 'server'];
const SOURCE_FILES = [
  'next.config.js',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'proxy.ts',
  'scripts/serve.ts',
];

function newestSourceTime(): number {
  let newest = 0;
  const visit = (target: string) => {
    if (!existsSync(target)) return;
    const stat = statSync(target);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(target)) if (entry !== 'generated') visit(path.join(target, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const dir of SOURCE_DIRS) visit(path.join(PROJECT_ROOT, dir));
  for (const file of SOURCE_FILES) visit(path.join(PROJECT_ROOT, file));
  return newest;
}

export function needsBuild(): boolean {
  // scripts/build.ts writes the bundle after the site, so the site's BUILD_ID is the older of the two.
  const buildId = path.join(PROJECT_ROOT, '.next', 'BUILD_ID');
  return (
    !existsSync(buildId) ||
    !existsSync(path.join(PROJECT_ROOT, SERVE_BUNDLE)) ||
    statSync(buildId).mtimeMs < newestSourceTime()
  );
}
