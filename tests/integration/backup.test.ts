// Backup and restore: one consistent file of everything, media included, that rebuilds an empty
// database and media store; backup -> restore -> backup gives the same content.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../lib/prisma-client';
import { describeBackup } from '../../lib/exports/backup';
import { LocalStorage, contentKey } from '../../lib/media/storage';
import { makeDeepZoomTiles, storeDeepZoomTiles } from '../../lib/media/tiles';
import { migrate } from '../../scripts/db/migrate';
import { createTestDatabase, fileDatabaseUrl, query, type TestDatabase } from '../support/database';
import { createPendingCorrection, createPendingPicture } from '../support/factories';
import { runScript } from '../support/scripts';

const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });
const dir = mkdtempSync(path.join(os.tmpdir(), 'zvezda-backup-'));
const TAG = `backup-${Date.now()}`;
const empties: TestDatabase[] = [];
const files = [Buffer.from(`original bytes ${TAG}`), Buffer.from(`derivative bytes ${TAG}`)];
const keys = [contentKey('o', files[0]!, 'jpg'), contentKey('d', files[1]!, 'webp')];
/** The keys of a deep-zoom tile set: the database names only its info.json; the backup holds every file. */
let tileKeys: string[] = [];

beforeAll(async () => {
  // Private data of every kind, and a media item whose files live in this file's MEDIA_DIR.
  const user = await prisma.user.create({ data: { email: `${TAG}@family.example`, displayName: 'Внучка' } });
  await prisma.session.create({
    data: { sessionToken: `token-${TAG}`, userId: user.id, expires: new Date(Date.now() + 3600_000) },
  });
  const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: 'veniamin-nedoshivin' }, select: { id: true } });
  await createPendingCorrection(prisma, {
    heroId: hero.id,
    authorId: user.id,
    payload: { postwar: TAG },
    note: `note ${TAG}`,
  });
  await prisma.auditEvent.create({
    data: { action: 'test', targetType: 'hero', targetId: hero.id, details: { tag: TAG } },
  });
  const storage = new LocalStorage(process.env.MEDIA_DIR!);
  await storage.put(keys[0]!, files[0]!, 'image/jpeg');
  await storage.put(keys[1]!, files[1]!, 'image/webp');
  const tiles = await makeDeepZoomTiles(
    sharp({ create: { width: 1300, height: 1100, channels: 3, background: '#c8b89a' } }).png(),
  );
  const tileSet = await storeDeepZoomTiles(tiles, async (key, body, type) => (await storage.put(key, body, type), key));
  tileKeys = tiles.files.map((f) => `t/${tiles.hash}/${f.path}`);
  await createPendingPicture(prisma, {
    heroId: hero.id,
    uploaderId: user.id,
    caption: `caption ${TAG}`,
    captionLanguage: 'ru',
    originalBytes: files[0]!.length,
    originalKey: keys[0]!,
    originalMeta: { gps: true },
    files: {
      create: [
        {
          variant: 'thumb.webp',
          key: keys[1]!,
          contentType: 'image/webp',
          width: 1,
          height: 1,
          bytes: files[1]!.length,
        },
        tileSet,
      ],
    },
  });
});
afterAll(async () => {
  await prisma.$disconnect();
  for (const db of empties) await db.drop();
});

describe('npm run backup and npm run restore', () => {
  it('round-trips everything, media files included, into an empty database and media store', async () => {
    const first = path.join(dir, 'first.backup');
    const backup = runScript('backup.ts', ['--out', first]);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(
      new RegExp(`Backed up \\d+ tables \\(\\d+ rows\\) and ${2 + tileKeys.length} media files`),
    );

    const empty = await createTestDatabase('restore');
    empties.push(empty);
    const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'zvezda-restored-media-'));
    const restore = runScript('restore.ts', [first], { DATABASE_URL: empty.url, MEDIA_DIR: mediaDir });
    expect(restore.status, restore.stderr).toBe(0);
    expect(readdirSync(mediaDir).sort()).toEqual(['d', 'o', 't']);
    expect(await new LocalStorage(mediaDir).get(keys[0]!)).toEqual(files[0]);

    const second = path.join(dir, 'second.backup');
    expect(runScript('backup.ts', ['--out', second], { DATABASE_URL: empty.url, MEDIA_DIR: mediaDir }).status).toBe(0);
    const [a, b] = [await describeBackup(first), await describeBackup(second)];
    expect(b).toEqual(a);
    // It really holds the private things, and the restored database has them.
    expect(a.tables.User!.some((row) => row.includes(`${TAG}@family.example`))).toBe(true);
    expect(a.tables.Session!.some((row) => row.includes(`token-${TAG}`))).toBe(true);
    expect(a.tables.AuditEvent!.some((row) => row.includes(TAG))).toBe(true);
    expect(Object.keys(a.files).sort()).toEqual([...keys, ...tileKeys].sort());
    for (const key of tileKeys) expect(await new LocalStorage(mediaDir).get(key), key).not.toBeNull();
    const [restored] = await query<{ n: string }>(empty.url, `SELECT count(*)::text AS n FROM "Hero"`);
    expect(Number(restored!.n)).toBe(await prisma.hero.count());
    // Sequences carry on after the restored values: a new cache tag gets a higher number.
    const [seq] = await query<{ before: string; next: string }>(
      empty.url,
      `SELECT (SELECT max(seq) FROM "CacheTag")::text AS before, nextval(pg_get_serial_sequence('"CacheTag"', 'seq'))::text AS next`,
    );
    expect(BigInt(seq!.next)).toBeGreaterThan(BigInt(seq!.before));
  });

  it('refuses to restore into a database that has data, and changes nothing there', async () => {
    const file = path.join(dir, 'again.backup');
    expect(runScript('backup.ts', ['--out', file]).status).toBe(0);
    const users = await prisma.user.count();
    const result = runScript('restore.ts', [file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Restore needs an empty database: "\w+" has rows/);
    expect(await prisma.user.count()).toBe(users);
  });

  it('refuses a file that is not a backup', async () => {
    const bogus = path.join(dir, 'bogus.backup');
    writeFileSync(bogus, 'not a backup');
    const empty = await createTestDatabase('bogus');
    empties.push(empty);
    await migrate(empty.url);
    const result = runScript('restore.ts', [bogus], { DATABASE_URL: empty.url });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('This is not a Zvezda backup');
    expect(runScript('restore.ts', ['--help']).stdout).toContain('Usage: npm run restore');
  });
});
