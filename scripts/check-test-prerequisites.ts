// The first step of `npm test`: what the suite needs from the machine, checked before anything
// else runs, so a newcomer gets one line saying what to install instead of launch errors from
// the browser tests minutes into the run. It installs nothing: a test command that changes the
// machine's packages surprises whoever runs it (and needs root). .ci/run installs Chromium.
import { accessSync, constants } from 'node:fs';
import { CHROMIUM_PACKAGE, DEFAULT_CHROMIUM, chromiumPath } from '../tests/support/chromium-path';

if (process.argv.includes('--help')) {
  console.log(`Usage: tsx scripts/check-test-prerequisites.ts
Exits 0 when Chromium is at CHROMIUM_PATH (default ${DEFAULT_CHROMIUM}); otherwise prints what
to install and exits 1. It installs nothing (.ci/run installs Debian's ${CHROMIUM_PACKAGE} on a clean machine).`);
  process.exit(0);
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const chromium = chromiumPath();

if (!isExecutable(chromium)) {
  console.error(
    `npm test needs Chromium for its browser tests and found none at ${chromium}: install it with \`sudo apt-get install ${CHROMIUM_PACKAGE}\` (Debian/Ubuntu; .ci/run does this), or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
  );
  process.exit(1);
}
