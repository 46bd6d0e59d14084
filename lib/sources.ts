// Citing a source on a Hero: the source is shared by URL when it is already known, and the
// citation says which facts it supports.
import type { Prisma } from './generated/prisma/client';

export type OfferedSource = { url: string | null; title: string | null; archiveRef: string | null };

export async function citeSource(tx: Prisma.TransactionClient, heroId: string, source: OfferedSource, supports: string): Promise<void> {
  const existing = source.url ? await tx.source.findUnique({ where: { url: source.url } }) : null;
  const saved = existing ?? (await tx.source.create({ data: { url: source.url, title: source.title, archiveFond: source.archiveRef } }));
  await tx.citation.upsert({
    where: { heroId_sourceId: { heroId, sourceId: saved.id } },
    create: { heroId, sourceId: saved.id, supports },
    update: { supports },
  });
}
