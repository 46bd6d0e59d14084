// npm start: database (DATABASE_URL or the embedded one), migrations, seed when empty, build when
// the sources are newer than the last build, then the site on PORT, started again if it dies.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from '../lib/env';
import { mailMode } from '../lib/accounts/mail';
import { listenHost } from '../server/server-address';
import { DATA_DIR, PROJECT_ROOT, resolveDatabase } from './db/database';
import { migrate } from './db/migrate';
import { siteNodeArgs, superviseSiteProcess } from '../server/site-process';
import { resolveSiteUrl } from './db/site-role';
import { describeSeed, runSeed } from './db/seed-runner';
import { needsBuild } from './build-state';

if (process.argv.includes('--help')) {
  console.log(`Usage: npm start            build if needed and serve the site
       npm run dev          the same with the Next.js development server
Environment: DATABASE_URL (optional; without it an embedded PostgreSQL keeps its data in data/),
SITE_DATABASE_URL (optional, with DATABASE_URL: what the site connects as; otherwise a role made for it),
PORT (default 3000), AUTH_SECRET (required with DATABASE_URL; generated once into data/ otherwise),
EMAIL_SERVER, EMAIL_FROM, ADMIN_EMAILS, AUTH_GITHUB_ID/SECRET, AUTH_GOOGLE_ID/SECRET. Ctrl-C stops the site and the embedded database cleanly.`);
  process.exit(0);
}

const dev = process.argv.includes('--dev');
const env = parseEnv(process.env);
const serverEnv = parseEnv({
  ...process.env,
  NODE_ENV: dev ? 'development' : 'production',
  ZVEZDA_EMBEDDED_DB: env.DATABASE_URL ? undefined : '1',
});
try {
  // Refused before anything starts: see listenHost.
  listenHost(serverEnv, mailMode(serverEnv));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
/** AUTH_SECRET: given, or on the embedded default made once and kept in the data folder. */
function authSecret(embedded: boolean): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (!embedded) {
    console.error(
      'AUTH_SECRET is not set. With DATABASE_URL the site runs as in production: set AUTH_SECRET (e.g. `openssl rand -base64 32`).',
    );
    process.exit(1);
  }
  const file = path.join(DATA_DIR, 'auth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

if (!env.AUTH_SECRET && parseEnv(process.env).DATABASE_URL && !dev) authSecret(false);
const database = await resolveDatabase();
const secret = dev && !env.AUTH_SECRET && !database.embedded ? undefined : authSecret(database.embedded);
let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await database.stop().catch(() => {});
  }
  process.exit(code);
}

// Migrations and the seed run as the owner; the site itself as a role that owns nothing.
let siteUrl = database.url;
try {
  await migrate(database.url, { log: console.log });
  siteUrl = await resolveSiteUrl(database, {
    siteDatabaseUrl: env.SITE_DATABASE_URL,
    passwordFile: path.join(DATA_DIR, 'site-db-password'),
    warn: console.warn,
  });
  const report = await runSeed(database.url, { onlyIfEmpty: true });
  console.log(report ? describeSeed(report) : 'The archive already holds records: seed skipped.');
  if (!dev && needsBuild()) {
    console.log('Building the site (npm run build)...');
    // No page is prerendered (staticSlugParams in lib/heroes/cached.ts), so the build reads no
    // records; it gets the site's URL like the server it builds for. No type check here: that is
    // npm test's and `npm run typecheck`'s, and an install without development packages lacks the types.
    const build = spawnSync(process.execPath, ['--import', 'tsx', path.join('scripts', 'build.ts')], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: siteUrl, ZVEZDA_TYPES_CHECKED: '1' },
    });
    if (build.status !== 0) throw new Error('The build failed.');
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

// The serving process is started again whenever it dies; the database runs on meanwhile.
const site = superviseSiteProcess(siteNodeArgs({ dev }), {
  cwd: PROJECT_ROOT,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: dev ? 'development' : 'production',
    DATABASE_URL: siteUrl,
    ...(secret ? { AUTH_SECRET: secret } : {}),
    ...(database.embedded ? { ZVEZDA_EMBEDDED_DB: '1' } : {}),
  },
});

// A clean stop: the serving process drains the requests in flight and exits, then the database stops.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void site.stop(signal).then((code) => shutdown(code)));
}
