// An import started from the site's admin page: the same importFile as `npm run import`, for a
// file an admin uploads. The site takes request bodies up to 1 MB (a few thousand CSV rows);
// larger files go through the shell.
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { db } from '../db';
import { AppError } from '../errors';
import { requirePermission, type Actor } from '../permissions';
import { importFile, type ImportSummary } from './import';
import { ImportFileError } from './import-formats';

const SITE_IMPORT_MAX_BYTES = 1024 * 1024 - 16 * 1024; // the form's other fields fit beside it

export type SiteImportResult = { summary: ImportSummary } | { fileError: string };

export async function importFromSite(
  actor: Actor,
  input: { name: string; bytes: Buffer; dryRun: boolean; validRowsOnly: boolean },
): Promise<SiteImportResult> {
  requirePermission(actor, 'import:archive:any');
  if (input.bytes.length === 0) throw new AppError('INVALID_INPUT', 'importEmpty');
  if (input.bytes.length > SITE_IMPORT_MAX_BYTES) throw new AppError('INVALID_INPUT', 'importTooLarge');
  // Provenance names the file as the admin called it; only its base name, made safe for a path.
  const name =
    path
      .basename(input.name)
      .replace(/[^\p{L}\p{N}._-]+/gu, '_')
      .slice(0, 100) || 'upload';
  const folder = path.join(os.tmpdir(), `zvezda-import-${randomBytes(8).toString('hex')}`);
  const file = path.join(folder, name);
  const { mkdir } = await import('node:fs/promises');
  await mkdir(folder, { recursive: true, mode: 0o700 });
  try {
    await writeFile(file, input.bytes, { mode: 0o600 });
    const summary = await importFile(db, {
      file,
      dryRun: input.dryRun,
      validRowsOnly: input.validRowsOnly,
      actorId: actor.id,
    });
    return { summary };
  } catch (error) {
    if (error instanceof ImportFileError) return { fileError: error.message };
    throw error;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
