// `npm test` on a machine without Chromium stops at once with one line saying what to install.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const check = (env: Record<string, string>) =>
  spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-test-prerequisites.ts'],
    {
      cwd: root,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    },
  );

describe('the check before npm test', () => {
  it('is the first step of npm test', () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts.test!.split(' && ')[0]).toBe('tsx scripts/check-test-prerequisites.ts');
  });

  it('without Chromium: exits 1 with one line naming the path and what to install, and installs nothing', () => {
    const missing = path.join(root, 'no-such-dir', 'chromium');
    const result = check({ CHROMIUM_PATH: missing });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      `npm test needs Chromium for its browser tests and found none at ${missing}: install it with \`sudo apt-get install chromium-headless-shell\` (Debian/Ubuntu; .ci/run does this), or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
    ]);
  });

  it('a file that is there but cannot run counts as missing; an executable passes quietly', () => {
    expect(check({ CHROMIUM_PATH: path.join(root, 'package.json') }).status).toBe(1);
    const present = check({ CHROMIUM_PATH: process.execPath });
    expect(present.status).toBe(0);
    expect(present.stdout + present.stderr).toBe('');
  });
});
