// Serves the built site through the project's own server (server/server.ts). npm start
// runs this after the database, migrations, seed and build are ready; tests run it too.
import { env } from '../lib/env';
import { mailMode } from '../lib/accounts/mail';
import { createSiteServer, forgetCaches } from '../server/server';
import { listenHost } from '../server/server-address';
import PageCache from '../lib/cache-handlers/pages.cjs';

if (process.argv.includes('--help')) {
  console.log(`Usage: tsx scripts/serve.ts [--dev]   serve the site on PORT (HOST to choose the address)
Needs DATABASE_URL; npm start provides it. Without EMAIL_SERVER, sign-in links go to this log
and the site listens on 127.0.0.1 only.`);
  process.exit(0);
}

let host: string | undefined;
try {
  host = listenHost();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const dev = process.argv.includes('--dev');
const server = await createSiteServer({ dev, port: env.PORT, host });
server.listen(env.PORT, host, () => {
  if (mailMode() === 'log') {
    console.log(
      `Sign-in links are written to this log (no EMAIL_SERVER): listening on ${host}:${env.PORT} only, for this machine.`,
    );
  }
  console.log(`Zvezda is serving on http://${host ?? 'localhost'}:${env.PORT}/`);
});
// A stop lets the requests in flight finish: no new connection is taken, idle ones are closed, and
// whatever is still open after DRAIN_MS is cut.
const DRAIN_MS = 10_000;
let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    // Pages just rendered are still being written to disk (lib/cache-handlers/pages.cjs), and an
    // entry Next reads back after a restart must not be half written. A second or two at most.
    server.close(() => void PageCache.flushed().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), DRAIN_MS).unref();
  });
}
// SIGUSR2: forget every cached page and piece of data and read the database afresh, without a
// restart. For a database replaced under the running site: restored into, or (in the tests, which
// keep one server for the files a worker runs) dropped and cloned again.
process.on('SIGUSR2', () => {
  void forgetCaches().then(() => console.log('Zvezda forgot its cached pages and data (SIGUSR2).'));
});
