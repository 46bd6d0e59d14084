// Runs a project script (scripts/*.ts) as `npm run` would, against this test file's database.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileDatabaseUrl } from './database';

export const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');

export function runScript(script: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [tsx, `scripts/${script}`, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: fileDatabaseUrl(), ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** Started in this process's child itself (tsx as a loader, not its CLI, which would run the script in a grandchild), so a signal reaches the script. */
export function startScript(script: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: fileDatabaseUrl(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
