// Serves the built site through the project's own server (scripts/serve.ts), as npm start does,
// on a free port: the global setup starts the shared one; tests that need other settings
// (limits, proxies, a second instance) start their own.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { findFreePort } from '../../scripts/support/embedded-postgres';

const root = path.resolve(import.meta.dirname, '..', '..');

export type Site = { url: string; port: number; log: () => string; stop: () => Promise<void> };

export async function startSite(env: Record<string, string | undefined>, timeoutMs = 120_000): Promise<Site> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/serve.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      AUTH_SECRET: 'test-secret-0123456789-0123456789-0123456789',
      SITE_URL: url,
      PORT: String(port),
      ...env,
    } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`the site exited with code ${child.exitCode}:\n${log}`);
    try {
      const response = await fetch(`${url}/en`, { redirect: 'manual' });
      if (response.status < 500) return { url, port, log: () => log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stop();
  throw new Error(`The site did not answer at ${url} within ${timeoutMs / 1000} s\n${log}`);
}
