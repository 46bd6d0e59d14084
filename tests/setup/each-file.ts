// Before every test file: a database of the file's own, cloned from the seeded template, so that
// what one file writes no other file sees and assertions can be exact. lib/ reads DATABASE_URL
// (lib/env.ts parses it when first imported, and lib/db.ts connects on first use), so it is set
// here, before the test file imports anything. The unit tier has no database and does not run
// this file (vitest.config.ts); console.error fails a test in every tier (./console-errors.ts).
//
// A worker process runs its files one after another without isolation (vitest.config.ts), and
// lib/ is evaluated once per worker: its configuration keeps the first file's settings. So the
// database and the pictures' folder are named by the worker, not by the file, and each file gets
// them new: the database dropped and cloned again, the folder emptied. That happens as a file
// begins, not as the last one ends: the site server the worker keeps (tests/support/site.ts) may
// still be finishing work for the last file, and it does so on that file's database.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { cloneTemplate, databaseUrlOf, dropDatabase } from '../support/database';
import { runFileEndTasks } from '../support/file-end';

const name = `file_${process.pid}`;
process.env.DATABASE_URL = databaseUrlOf(name);
// Pictures too: the file's own folder, shared by its lib/ calls and its site (useSite inherits it),
// in the run's scratch folder, which goes with the test database at the end of the run.
const mediaDir = path.join(inject('scratchFolder'), `media-${process.pid}`);
process.env.MEDIA_DIR = mediaDir;

beforeAll(async () => {
  rmSync(mediaDir, { recursive: true, force: true });
  mkdirSync(mediaDir, { recursive: true });
  await dropDatabase(name);
  await cloneTemplate(name);
});

afterAll(async () => {
  await runFileEndTasks();
  // lib/ keeps its connections on globalThis: close them, and forget them, so the next file's
  // lib/ calls connect to its own database.
  const shared = globalThis as {
    zvezdaPrisma?: { $disconnect: () => Promise<void> };
    zvezdaLimits?: { perClient: { client: { end: () => Promise<void> } } };
    zvezdaExportLimit?: { pool: { end: () => Promise<void> } };
  };
  await shared.zvezdaPrisma?.$disconnect();
  // The sign-in rate limits keep their own pg pool (lib/accounts/sign-in.ts), shared by all three limiters.
  await shared.zvezdaLimits?.perClient.client.end();
  await shared.zvezdaExportLimit?.pool.end();
  delete shared.zvezdaPrisma;
  delete shared.zvezdaLimits;
  delete shared.zvezdaExportLimit;
});
