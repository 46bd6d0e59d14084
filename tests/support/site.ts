// Serves the built site through the project's own server (scripts/serve.ts, compiled to dist/ by
// the build), as npm start does, on a free port. A test file that reads pages calls `useSite()`
// once: a server on the file's own database (tests/setup/each-file.ts), with a mail server of its
// own. A worker keeps that server for the files it runs after (they share the worker's database
// name, dropped and cloned again as each file begins): the next file with the same settings gets
// it back, told to forget everything it has cached (SIGUSR2, scripts/serve.ts), with an empty mail
// folder and its log and error checks starting with that file, instead of a start that cost about
// five seconds of processor time. Whatever the server logs as an error fails the test during which
// it was logged (or, if it comes between tests, the file).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { findFreePort } from '../../scripts/db/embedded-postgres';
import { siteNodeArgs } from '../../server/site-process';
import { asSiteRole, fileDatabaseUrl } from './database';
import { startMailServer } from './mail-server';

const root = path.resolve(import.meta.dirname, '..', '..');
const MARK = '[zvezda-test:server-error] ';

export type Site = {
  url: string;
  port: number;
  log: () => string;
  /** What the server reported as an error (console.error, uncaught) since the last call to takeServerErrors. */
  serverErrors: () => string[];
  /** Returns the new errors and marks them seen: a test that causes one on purpose takes it. */
  takeServerErrors: () => string[];
  /** Throws when the server reported an error since the last check, naming it. */
  assertNoServerErrors: () => void;
  /**
   * For a test that makes the server log an error on purpose: waits for it, takes the new errors,
   * and throws unless there are `count` of them and each matches `pattern` (stack lines, logged
   * apart by some libraries, go with the error before them).
   */
  expectServerErrors: (pattern: RegExp, count: number) => Promise<string[]>;
  stop: () => Promise<void>;
  /** Whether the serving process is still running. */
  running: () => boolean;
  /** Tells the server to forget every cached page and piece of data (SIGUSR2), and waits until it has. */
  forget: () => Promise<void>;
  /** From now on, log() and the errors start here: the server is handed to another test file. */
  beginFile: () => void;
};

/** The errors a server's log reports, one string each, from the lines server-errors.mjs marks. */
export function serverErrorsIn(log: string): string[] {
  return log
    .split('\n')
    .filter((line) => line.startsWith(MARK))
    .map((line) => JSON.parse(line.slice(MARK.length)) as string);
}

export async function startSite(env: Record<string, string | undefined>, timeoutMs = 120_000): Promise<Site> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const preload = pathToFileURL(path.join(import.meta.dirname, 'server-errors.mjs')).href;
  // As npm start runs it (server/site-process.ts): the compiled server, with the preload.
  const child = spawn(process.execPath, siteNodeArgs({ preload: [preload] }), {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      AUTH_SECRET: 'test-secret-0123456789-0123456789-0123456789',
      SITE_URL: url,
      PORT: String(port),
      // A test server shows some of the site's pages: loading those at their first request saves
      // about a third of a second of processor time at each start (docs/testing.md).
      ZVEZDA_PRELOAD_PAGES: '0',
      // The preload ends the server when this process's pipe to it closes.
      ZVEZDA_TEST_END_WITH_PARENT: '1',
      ...env,
    },
    // Its input is a pipe from this process, which the preload watches: a server a worker kept
    // ends with the worker, however the worker ends.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // A kept server must not keep the worker alive once its files are done.
  child.unref();
  for (const pipe of [child.stdin, child.stdout, child.stderr]) (pipe as unknown as { unref?: () => void })?.unref?.();
  let log = '';
  let logStart = 0;
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let stopping = false;
  const stop = async () => {
    stopping = true;
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  let seen = 0;
  const running = () => child.exitCode === null && child.signalCode === null;
  const forget = async () => {
    const from = log.length;
    child.kill('SIGUSR2');
    for (let i = 0; i < 100; i += 1) {
      if (log.slice(from).includes('forgot its cached pages and data')) return;
      if (!running()) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`The site did not say it had forgotten its caches:\n${log.slice(from)}`);
  };
  const beginFile = () => {
    logStart = log.length;
    seen = serverErrorsIn(log).length;
  };
  const serverErrors = () => serverErrorsIn(log).slice(seen);
  const takeServerErrors = () => {
    const errors = serverErrors();
    seen += errors.length;
    return errors;
  };
  const assertNoServerErrors = () => {
    if (child.exitCode !== null && !stopping && ready)
      throw new Error(`The site exited (code ${child.exitCode}) while serving the tests:\n${log.slice(-4000)}`);
    const errors = takeServerErrors();
    if (errors.length) throw new Error(`The site logged ${errors.length} error(s):\n${errors.join('\n---\n')}`);
  };
  const expectServerErrors = async (pattern: RegExp, count: number) => {
    const headsOf = (errors: string[]) => errors.filter((error) => !/^\s+at /.test(error));
    // The log comes through a pipe; it may trail the response by a moment.
    for (let i = 0; i < 30 && headsOf(serverErrors()).length < count; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const errors = takeServerErrors();
    const heads = headsOf(errors);
    if (heads.length !== count || !heads.every((error) => pattern.test(error))) {
      throw new Error(
        `Expected ${count} server error(s) matching ${pattern}, the site logged:\n${errors.join('\n---\n') || '(nothing)'}`,
      );
    }
    return heads;
  };
  let ready = false;
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`the site exited with code ${child.exitCode}:\n${log}`);
    try {
      const response = await fetch(`${url}/en`, { redirect: 'manual' });
      ready = response.status < 500;
      if (ready)
        return {
          url,
          port,
          log: () => log.slice(logStart),
          serverErrors,
          takeServerErrors,
          assertNoServerErrors,
          expectServerErrors,
          stop,
          running,
          forget,
          beginFile,
        };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`The site did not answer at ${url} within ${timeoutMs / 1000} s\n${log}`);
}

export type FileSite = Site & { mailDir: string; mailPort: number };

let current: FileSite | undefined;

/** The site this test file serves (useSite); helpers default to it. */
export function currentSite(): FileSite {
  if (!current) throw new Error('This test file serves no site: call useSite() at the top of the file.');
  return current;
}

type Mail = { port: number; dir: string; stop: () => Promise<void> };

/** The site this worker keeps between files, with its mail server, and the settings it was started with. */
let kept: { settings: string; site: Site; mail: Mail; mailRoot: string } | undefined;

async function retireKept(): Promise<void> {
  if (!kept) return;
  const { site, mail, mailRoot } = kept;
  kept = undefined;
  await site.stop();
  await mail.stop();
  rmSync(mailRoot, { recursive: true, force: true });
}

async function forgets(site: Site): Promise<boolean> {
  try {
    await site.forget();
    return true;
  } catch {
    return false; // it has stopped meanwhile: a new one takes its place
  }
}

/** The worker's kept site if it runs with these settings; otherwise a new one, kept in its place. */
async function siteWith(env: Record<string, string>): Promise<NonNullable<typeof kept>> {
  const settings = JSON.stringify(env);
  if (kept && kept.settings === settings && kept.site.running() && (await forgets(kept.site))) {
    // The file's database has just been cloned under it (tests/setup/each-file.ts): whatever it
    // rendered or learnt from the last file's is forgotten, and what it logged while that database
    // was dropped under it is not this file's.
    for (const file of readdirSync(kept.mail.dir)) rmSync(path.join(kept.mail.dir, file), { force: true });
    kept.site.beginFile();
    return kept;
  }
  await retireKept();
  const mailRoot = mkdtempSync(path.join(os.tmpdir(), 'zvezda-mail-'));
  const mail = await startMailServer(path.join(mailRoot, 'mail'));
  const site = await startSite({
    DATABASE_URL: asSiteRole(fileDatabaseUrl()),
    EMAIL_SERVER: `smtp://127.0.0.1:${mail.port}`,
    EMAIL_FROM: 'Zvezda <no-reply@zvezda.test>',
    ADMIN_EMAILS: 'first.admin@zvezda.test',
    // Every test request comes from one address; the per-client limit is tested with its own site.
    SIGN_IN_LIMIT_PER_CLIENT: '10000',
    ...env,
  });
  kept = { settings, site, mail, mailRoot };
  return kept;
}

/**
 * Serves the site for this test file against the file's own database, connecting as the site
 * role as `npm start` does, with a mail server of its own. `env` adds or overrides settings.
 * The returned object is filled in before the file's first test. The server may have served the
 * worker's earlier files: it has forgotten everything they cached, and log() and the errors
 * begin with this file.
 */
export function useSite(env: Record<string, string> = {}): FileSite {
  const site = {} as FileSite;
  beforeAll(async () => {
    const { site: started, mail } = await siteWith(env);
    Object.assign(site, started, { mailDir: mail.dir, mailPort: mail.port });
    current = site;
  });
  afterEach(() => {
    if (current) site.assertNoServerErrors();
  });
  afterAll(async () => {
    current = undefined;
    if (!site.running) return;
    // Kept for the worker's next file with the same settings, unless it has stopped or failed.
    if (!site.running() || site.serverErrors().length > 0) await retireKept();
    site.assertNoServerErrors();
  });
  return site;
}
