// The files of a rejected upload are deleted 30 days after the decision: long enough for the
// uploader to read the reason and for a moderator to undo a mistake, short enough that a picture a
// family did not mean to share is not kept for ever. The row stays, marked, so the audit trail
// (who sent what, who rejected it and why) is whole.
// Takes the client, like lib/accounts/role-change.ts, so the shell script can run it too.
import type { PrismaClient } from '../generated/prisma/client';
import { recordAudit } from '../audit';
import type { MediaStorage } from './storage';
import { tileSetHash, tileSetKeys } from './tiles';

export const PURGE_AFTER_DAYS = 30;

export type PurgeReport = { items: number; filesDeleted: number; filesKept: number };

/**
 * Deletes the stored files (original and derivatives) of every item rejected more than 30 days
 * before `now`. A key that another item still uses is left alone: keys are content-addressed, so
 * the same photograph sent twice shares its files. Safe to run again: an item is taken once.
 */
export async function purgeRejectedMedia(
  client: PrismaClient,
  storage: MediaStorage,
  now: Date = new Date(),
): Promise<PurgeReport> {
  const cutoff = new Date(now.getTime() - PURGE_AFTER_DAYS * 24 * 60 * 60 * 1000);
  const due = await client.mediaItem.findMany({
    where: { status: 'REJECTED', filesPurgedAt: null, reviewedAt: { lt: cutoff } },
    select: { id: true, originalKey: true, files: { select: { key: true } } },
    orderBy: { reviewedAt: 'asc' },
  });
  const report: PurgeReport = { items: 0, filesDeleted: 0, filesKept: 0 };
  for (const item of due) {
    const keys = [...new Set([item.originalKey, ...item.files.map((f) => f.key)])];
    // A tile set goes with its info.json (the key the rows name), which is deleted last.
    const setKeys = new Map<string, string[]>();
    for (const key of keys) if (tileSetHash(key)) setKeys.set(key, await tileSetKeys(key, (k) => storage.get(k)));
    await client.$transaction(async (tx) => {
      // Claimed first, so two purges running at once take each item once; were a delete to fail,
      // the claim rolls back and the next run tries again (deleting a key twice is harmless).
      const claimed = await tx.mediaItem.updateMany({
        where: { id: item.id, status: 'REJECTED', filesPurgedAt: null },
        data: { filesPurgedAt: now },
      });
      if (claimed.count !== 1) return;
      const stillUsed = new Set<string>();
      const others = await tx.mediaItem.findMany({
        where: {
          id: { not: item.id },
          filesPurgedAt: null,
          OR: [{ originalKey: { in: keys } }, { files: { some: { key: { in: keys } } } }],
        },
        select: { originalKey: true, files: { where: { key: { in: keys } }, select: { key: true } } },
      });
      for (const other of others) {
        stillUsed.add(other.originalKey);
        for (const file of other.files) stillUsed.add(file.key);
      }
      let deleted = 0;
      for (const key of keys) {
        if (stillUsed.has(key)) {
          report.filesKept += 1;
          continue;
        }
        for (const file of setKeys.get(key) ?? [key]) await storage.delete(file);
        deleted += 1;
      }
      report.filesDeleted += deleted;
      report.items += 1;
      await recordAudit(tx, {
        actorId: null,
        action: 'purge:media-files',
        targetType: 'MediaItem',
        targetId: item.id,
        details: { deleted, kept: keys.length - deleted },
      });
    });
  }
  return report;
}
