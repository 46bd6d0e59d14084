// Sources are shared between Heroes: one rule says when two offers are the same source, so the
// seed, approvals and imports never file one article twice. An address identifies a source; a
// source without one (an archive file, a book) is the same when its title and archive reference are.
// A picture of the archive (an award sheet in a family's album) is one source, named by the picture.
import type { Prisma } from './generated/prisma/client';
import { AppError } from './errors';

type Tx = Prisma.TransactionClient;

/** What a proposal offers as evidence; `mediaId` names an approved picture of the same Hero. */
export type OfferedSource = {
  url: string | null;
  title: string | null;
  archiveRef: string | null;
  mediaId?: string | null;
  publisher?: string | null;
  year?: number | null;
};
/** What the seed and imports know of a source, beyond what a contributor types. */
export type SourceRecord = {
  url: string | null;
  title: string | null;
  archiveFond?: string | null;
  publisher?: string | null;
  year?: number | null;
  archiveOpis?: string | null;
  archiveDelo?: string | null;
};

export async function findOrCreateSource(tx: Tx, source: SourceRecord): Promise<string> {
  const archiveFond = source.archiveFond ?? null;
  const found = source.url
    ? await tx.source.findUnique({ where: { url: source.url }, select: { id: true } })
    : await tx.source.findFirst({
        where: { url: null, mediaId: null, title: source.title, archiveFond },
        select: { id: true },
      });
  if (found) return found.id;
  return (await tx.source.create({ data: { ...source, archiveFond }, select: { id: true } })).id;
}

/**
 * The source that is this Hero's approved picture: its caption as the title, its credit as the
 * publisher, its archive reference. Checked again here, inside the approval, because the picture
 * may have been taken down since the proposal was made.
 */
async function findOrCreateMediaSource(tx: Tx, heroId: string, mediaId: string): Promise<string> {
  const item = await tx.mediaItem.findFirst({
    where: { id: mediaId, heroId, status: 'APPROVED', removedAt: null },
    select: {
      caption: true,
      credit: true,
      date: true,
      archiveFond: true,
      archiveOpis: true,
      archiveDelo: true,
      source: { select: { id: true } },
    },
  });
  if (!item) throw new AppError('CONFLICT', 'citedDocumentGone');
  if (item.source) return item.source.id;
  const created = await tx.source.create({
    data: {
      mediaId,
      url: null,
      title: item.caption,
      publisher: item.credit,
      year: item.date?.getUTCFullYear() ?? null,
      archiveFond: item.archiveFond,
      archiveOpis: item.archiveOpis,
      archiveDelo: item.archiveDelo,
    },
    select: { id: true },
  });
  return created.id;
}

/** The source a proposal offered (a picture of this Hero, or an address, a title, a reference). */
export async function findOrCreateOfferedSource(tx: Tx, heroId: string, source: OfferedSource): Promise<string> {
  return source.mediaId
    ? findOrCreateMediaSource(tx, heroId, source.mediaId)
    : findOrCreateSource(tx, {
        url: source.url,
        title: source.title,
        archiveFond: source.archiveRef,
        publisher: source.publisher ?? null,
        year: source.year ?? null,
      });
}

export async function citeSource(tx: Tx, heroId: string, source: OfferedSource, supports: string): Promise<void> {
  const sourceId = await findOrCreateOfferedSource(tx, heroId, source);
  await tx.citation.upsert({
    where: { heroId_sourceId: { heroId, sourceId } },
    create: { heroId, sourceId, supports },
    update: { supports },
  });
}
