// Where the scripts find PostgreSQL: DATABASE_URL when set, otherwise an embedded server whose
// data stays in the project's data/ folder between starts.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { parseEnv } from '../../lib/env';
import { databaseAnswers } from '../../server/probes';
import { runningEmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
// ZVEZDA_DATA_DIR moves the embedded server's data elsewhere (the start-up test uses it).
export const DATA_DIR = process.env.ZVEZDA_DATA_DIR
  ? path.resolve(process.env.ZVEZDA_DATA_DIR)
  : path.join(PROJECT_ROOT, 'data');

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function resolveDatabase(log: (line: string) => void = console.log): Promise<Database> {
  const env = parseEnv(process.env);
  if (env.DATABASE_URL) {
    log('Using the PostgreSQL server named by DATABASE_URL.');
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  // PostgreSQL allows one server per data folder: while `npm start` runs, the other scripts
  // (bench:search, db:seed…) use its server rather than fail to start a second one. Stopping is
  // left to whoever started it.
  const running = runningEmbeddedPostgres(path.join(DATA_DIR, 'postgres'));
  if (running && (await databaseAnswers(running.url, { timeoutMs: 3000 }))) {
    log(
      `No DATABASE_URL: using the embedded PostgreSQL already running on 127.0.0.1:${running.port} (pid ${running.pid}, data in ${path.relative(PROJECT_ROOT, DATA_DIR)}/postgres).`,
    );
    return { url: running.url, embedded: true, stop: async () => {} };
  }
  mkdirSync(DATA_DIR, { recursive: true });
  log(`No DATABASE_URL: starting the embedded PostgreSQL (data in ${path.relative(PROJECT_ROOT, DATA_DIR)}/postgres).`);
  const server = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, 'postgres'),
    logFile: path.join(DATA_DIR, 'postgres.log'),
  });
  log(`Embedded PostgreSQL is listening on 127.0.0.1:${server.port}.`);
  return { url: server.url, embedded: true, stop: server.stop };
}
