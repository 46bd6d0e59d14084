// Sources are shared between Heroes: one rule says when two offers are the same source, so the
// seed, approvals and imports never file one article twice. An address identifies a source; a
// source without one (an archive file, a book) is the same when its title and archive reference are.
import type { Prisma } from './generated/prisma/client';

type Tx = Prisma.TransactionClient;

export type OfferedSource = { url: string | null; title: string | null; archiveRef: string | null };
/** What the seed and imports know of a source, beyond what a contributor types. */
export type SourceRecord = { url: string | null; title: string | null; archiveFond?: string | null; publisher?: string | null; year?: number | null; archiveOpis?: string | null; archiveDelo?: string | null };

export async function findOrCreateSource(tx: Tx, source: SourceRecord): Promise<string> {
  const archiveFond = source.archiveFond ?? null;
  const found = source.url
    ? await tx.source.findUnique({ where: { url: source.url }, select: { id: true } })
    : await tx.source.findFirst({ where: { url: null, title: source.title, archiveFond }, select: { id: true } });
  if (found) return found.id;
  return (await tx.source.create({ data: { ...source, archiveFond }, select: { id: true } })).id;
}

export async function citeSource(tx: Tx, heroId: string, source: OfferedSource, supports: string): Promise<void> {
  const sourceId = await findOrCreateSource(tx, { url: source.url, title: source.title, archiveFond: source.archiveRef });
  await tx.citation.upsert({
    where: { heroId_sourceId: { heroId, sourceId } },
    create: { heroId, sourceId, supports },
    update: { supports },
  });
}
