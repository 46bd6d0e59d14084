// The first step of `npm test`: what the suite needs from the machine, checked before anything
// else runs, so a newcomer gets one line saying what to install instead of launch errors from
// the browser tests minutes into the run. As root with apt-get (a clean CI machine or container),
// it installs Debian's chromium itself, as .ci/run does.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

if (process.argv.includes('--help')) {
  console.log(`Usage: tsx scripts/check-test-prerequisites.ts
Exits 0 when Chromium is at CHROMIUM_PATH (default /usr/bin/chromium); as root with apt-get and no
CHROMIUM_PATH, installs Debian's chromium first. Otherwise prints what to install and exits 1.`);
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

const explicit = process.env.CHROMIUM_PATH;
const chromium = explicit ?? '/usr/bin/chromium';

if (!isExecutable(chromium) && !explicit && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('Installing Debian\'s chromium for the browser tests (apt-get install chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}

if (!isExecutable(chromium)) {
  console.error(
    `npm test needs Chromium for its browser tests and found none at ${chromium}: install it with \`sudo apt-get install chromium\` (Debian/Ubuntu; .ci/run does this), or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
  );
  process.exit(1);
}
